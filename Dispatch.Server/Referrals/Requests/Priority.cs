using System.Text.Json.Serialization;

namespace Dispatch.Server.Referrals.Requests;

/// <summary>Clinical urgency of a transfer: 1 is the most urgent, 4 the least.</summary>
[JsonConverter(typeof(JsonNumberEnumConverter<Priority>))]
public enum Priority
{
    Immediate = 1,
    VeryUrgent = 2,
    Urgent = 3,
    Standard = 4,
}
