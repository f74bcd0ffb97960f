using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Requests;

/// <summary>Key-population risk tier kept by grassroots doctors (red: high risk, contacted at least 3 times a week).</summary>
[JsonConverter(typeof(WireEnumConverter<Tier>))]
public enum Tier
{
    Green,
    Yellow,
    Red,
}
