using System.Text.Json;
using Dispatch.Server.Referrals.Lifecycle;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>Builds a lifecycle already advanced to a given state by the right people.</summary>
internal static class Stage
{
    public static ReferralLifecycle At(ReferralState state, Dispatch.Server.Referrals.Requests.Priority priority = Dispatch.Server.Referrals.Requests.Priority.VeryUrgent)
    {
        if (state == ReferralState.Identified) return new ReferralLifecycle(NewReferral(priority), new OfferTimeouts());
        if (state == ReferralState.Requested)
        {
            var requested = new ReferralLifecycle(NewReferral(priority), new OfferTimeouts());
            requested.Request(Doctor, T0);
            return requested;
        }
        var l = Offered(priority);
        var steps = new (ReferralState Reached, Action Step)[]
        {
            (ReferralState.Offered, () => { }),
            (ReferralState.Accepted, () => l.Accept(HospitalA, T0)),
            (ReferralState.VehicleAssigned, () => l.AssignVehicle(Dispatcher, T0, "amb-12")),
            (ReferralState.EnRouteToPatient, () => l.ReportEnRoute(Crew, T0)),
            (ReferralState.InTransfer, () => l.ReportOnBoard(Crew, T0)),
            (ReferralState.ArrivedAtHospital, () => l.ReportArrived(Crew, T0)),
            (ReferralState.HandedOver, () => l.ConfirmHandOver(HospitalA, T0)),
        };
        if (state == ReferralState.Escalated) { l.Escalate(Dispatcher, T0, "test"); return l; }
        if (state == ReferralState.Cancelled) { l.Cancel(Doctor, T0, "test"); return l; }
        if (state == ReferralState.Failed) { l.Fail(Dispatcher, T0, "test"); return l; }
        foreach (var (reached, step) in steps)
        {
            step();
            if (reached == state) return l;
        }
        throw new ArgumentOutOfRangeException(nameof(state), state, "No stage for this state.");
    }

    public static string Snapshot(ReferralLifecycle l) => JsonSerializer.Serialize(l.Referral);

    /// <summary>Runs an action as the given actor, with the arguments it needs.</summary>
    public static void Do(ReferralLifecycle l, ReferralAction action, Actor actor)
    {
        var at = T0.AddMinutes(1);
        switch (action)
        {
            case ReferralAction.Request: l.Request(actor, at); break;
            case ReferralAction.Match: l.Match(actor, at, Candidates, []); break;
            case ReferralAction.Offer: l.Offer(actor, at, new HospitalCandidate("hosp-c", "C", 40)); break;
            case ReferralAction.Accept: l.Accept(actor, at); break;
            case ReferralAction.Decline: l.Decline(actor, at, "full"); break;
            case ReferralAction.OfferTimedOut: l.TimeOutOffer(actor, at, l.Referral.OfferNumber); break;
            case ReferralAction.AssignVehicle: l.AssignVehicle(actor, at, "amb-12"); break;
            case ReferralAction.EnRoute: l.ReportEnRoute(actor, at); break;
            case ReferralAction.OnScene: l.ReportOnScene(actor, at); break;
            case ReferralAction.OnBoard: l.ReportOnBoard(actor, at); break;
            case ReferralAction.Arrive: l.ReportArrived(actor, at); break;
            case ReferralAction.HandOver: l.ConfirmHandOver(actor, at); break;
            case ReferralAction.Cancel: l.Cancel(actor, at, "no longer needed"); break;
            case ReferralAction.Escalate: l.Escalate(actor, at, "manual"); break;
            case ReferralAction.Fail: l.Fail(actor, at, "manual"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }
}
