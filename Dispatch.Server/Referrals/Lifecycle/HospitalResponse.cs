using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>A hospital's answer that did not end in acceptance (declined, let the offer time out, or lost a parallel round).</summary>
public sealed record HospitalResponse(string HospitalId, int OfferNumber, ResponseOutcome Outcome, string? Reason, DateTimeOffset At);

[JsonConverter(typeof(WireEnumConverter<ResponseOutcome>))]
public enum ResponseOutcome
{
    Declined,
    TimedOut,
    /// <summary>Another hospital of the same parallel round accepted first.</summary>
    Withdrawn,
}
