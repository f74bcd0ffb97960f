using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Registry.Contacts;

/// <summary>What the team advised at the contact.</summary>
[JsonConverter(typeof(WireEnumConverter<Advice>))]
public enum Advice
{
    HomeCare,
    MedicationGuidance,
    Refer,
}
