using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.Alerts;

[JsonConverter(typeof(WireEnumConverter<AlertKind>))]
public enum AlertKind
{
    /// <summary>Refer at once: a red-tier person infected, or anyone's SpO₂ under the threshold.</summary>
    ReferNow,

    /// <summary>A doctor should look again: a yellow-tier person's symptoms are worse than at the last contact.</summary>
    Review,
}
