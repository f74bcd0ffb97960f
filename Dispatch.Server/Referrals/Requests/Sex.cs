using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Requests;

[JsonConverter(typeof(WireEnumConverter<Sex>))]
public enum Sex
{
    Female,
    Male,
    Unknown,
}
