using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Push;

/// <summary>
/// Sent to dispatchers when a priority-1 or red-tier patient's offer is refused or runs out, from the first time on,
/// without waiting for the candidates to run out: the referral, how long the patient has waited, and every hospital
/// asked so far with its answer.
/// </summary>
public sealed record ReferralAlert(string Kind, string ReferralId, ReferralSummary Referral, double WaitedSeconds, IReadOnlyList<HospitalResponse> Tried)
{
    public const string Declined = "declined";
    public const string OfferTimedOut = "offerTimedOut";

    public static ReferralAlert? For(Referral after, ReferralSummary summary, IReadOnlyList<TransitionRecord> transitions)
    {
        if (!after.NeedsWatching) return null;
        var kind = transitions.Any(t => t.Action == ReferralAction.OfferTimedOut) ? OfferTimedOut
            : transitions.Any(t => t.Action == ReferralAction.Decline) ? Declined
            : null;
        if (kind is null) return null;
        var at = transitions[^1].At;
        var waited = (at - (after.Timeline.RequestedAt ?? after.CreatedAt)).TotalSeconds;
        return new ReferralAlert(kind, after.Id, summary, Math.Max(0, waited), after.Responses);
    }
}
