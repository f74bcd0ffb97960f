using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Requests;

/// <summary>AVPU scale, the quickest consciousness check a village doctor can report.</summary>
[JsonConverter(typeof(WireEnumConverter<Consciousness>))]
public enum Consciousness
{
    Alert,
    Voice,
    Pain,
    Unresponsive,
}
