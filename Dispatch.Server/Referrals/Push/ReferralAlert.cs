using System.Text.Json.Serialization;
using Dispatch.Server.Contract;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Push;

/// <summary>
/// Sent to dispatchers when a priority-1 or red-tier patient's offer is refused or runs out, from the first time on,
/// without waiting for the candidates to run out: the referral, how long the patient has waited, and every hospital
/// asked so far with its answer.
/// </summary>
public sealed record ReferralAlert(ReferralAlertKind Kind, string ReferralId, ReferralSummary Referral, double WaitedSeconds, IReadOnlyList<HospitalResponse> Tried)
{
    public static ReferralAlert? For(Referral after, ReferralSummary summary, IReadOnlyList<TransitionRecord> transitions)
    {
        if (!after.NeedsWatching) return null;
        ReferralAlertKind? kind = transitions.Any(t => t.Action == ReferralAction.OfferTimedOut) ? ReferralAlertKind.OfferTimedOut
            : transitions.Any(t => t.Action == ReferralAction.Decline) ? ReferralAlertKind.Declined
            : null;
        if (kind is null) return null;
        var at = transitions[^1].At;
        var waited = (at - (after.Timeline.RequestedAt ?? after.CreatedAt)).TotalSeconds;
        return new ReferralAlert(kind.Value, after.Id, summary, Math.Max(0, waited), after.Responses);
    }
}

/// <summary>What happened to the watched patient's offer.</summary>
[JsonConverter(typeof(WireEnumConverter<ReferralAlertKind>))]
public enum ReferralAlertKind
{
    Declined,
    OfferTimedOut,
}
