using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;

namespace Dispatch.Server.Referrals.Api;

/// <summary>
/// A referral as its viewer sees it: the record, derived durations, what this viewer may do next, and the same
/// summary that lists and hub pushes carry (so a client keeps one shape per referral, whatever answered).
/// </summary>
public sealed record ReferralView(Referral Referral, ReferralDurations Durations, IReadOnlyList<ReferralAction> PermittedActions, ReferralSummary Summary)
{
    public static ReferralView For(Referral referral, Actor viewer, OfferTimeouts timeouts)
    {
        var actions = new ReferralLifecycle(referral.Clone(), timeouts).PermittedActions(viewer);
        // The summary carries the same actions as the view, as a push to this viewer would: a console that keeps the
        // command's answer draws the same buttons as one that keeps the push.
        return new(referral, ReferralDurations.Of(referral.Timeline), actions, ReferralSummary.Of(referral) with { PermittedActions = actions });
    }
}

/// <summary>EMS interval measures, in seconds; null until both ends have happened.</summary>
public sealed record ReferralDurations(double? RequestToAcceptanceSeconds, double? AcceptanceToVehicleAtPatientSeconds, double? TotalTransferSeconds)
{
    public static ReferralDurations Of(ReferralTimeline t) => new(
        t.RequestToAcceptance?.TotalSeconds, t.AcceptanceToVehicleAtPatient?.TotalSeconds, t.TotalTransfer?.TotalSeconds);
}

/// <summary>The EMS timestamps, the derived intervals, and the audited transitions in order.</summary>
public sealed record ReferralTimelineView(string Id, ReferralTimeline Timeline, ReferralDurations Durations, IReadOnlyList<AuditEntry> Transitions);
