using Dispatch.Server.Commands;
namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// Binds each action to the one role (and organisation) that may take it. Checked before the state
/// machine is asked, so a wrong role gets 403 whatever the state, and a right role at the wrong time gets 409.
/// </summary>
public static class ReferralPermissions
{
    public static void Demand(ReferralAction action, Actor actor, Referral referral)
    {
        var refusal = Refusal(action, actor, referral);
        if (refusal is not null)
            throw new ReferralException(RefusalKind.Forbidden, refusal.Value.Code, refusal.Value.Message);
    }

    public static bool Allows(ReferralAction action, Actor actor, Referral referral) => Refusal(action, actor, referral) is null;

    private static (string Code, string Message)? Refusal(ReferralAction action, Actor actor, Referral r)
    {
        switch (action)
        {
            case ReferralAction.Request:
            case ReferralAction.Cancel:
                // A referral raised from a 120 call has no requesting doctor: the emergency centre owns it.
                if (r.CallId is not null)
                    return actor.Role == ReferralRoles.Dispatcher ? null : RoleRefused(action, "a dispatcher (the referral comes from a 120 call)");
                if (actor.Role != ReferralRoles.Doctor) return RoleRefused(action, "a doctor of the requesting facility");
                if (actor.FacilityId != r.FacilityId)
                    return ("not-requesting-facility", $"Only doctors of facility {r.FacilityId} may {Verb(action)} this referral.");
                return null;

            case ReferralAction.Accept:
            case ReferralAction.Decline:
                if (actor.Role != ReferralRoles.Hospital) return RoleRefused(action, "the hospital it is offered to");
                if (!r.IsOfferedTo(actor.HospitalId))
                    return ("not-offered-hospital", "This referral is not offered to your hospital.");
                return null;

            case ReferralAction.HandOver:
                if (actor.Role != ReferralRoles.Hospital) return RoleRefused(action, "the accepting hospital");
                if (r.AcceptedHospitalId is null || actor.HospitalId != r.AcceptedHospitalId)
                    return ("not-accepting-hospital", "Only the hospital that accepted this referral may confirm the hand-over.");
                return null;

            case ReferralAction.Match:
            case ReferralAction.Escalate:
                return actor.Role is ReferralRoles.Dispatcher or ReferralRoles.System ? null : RoleRefused(action, "a dispatcher");

            case ReferralAction.Offer:
            case ReferralAction.OfferParallel:
            case ReferralAction.AssignVehicle:
            case ReferralAction.Fail:
                return actor.Role == ReferralRoles.Dispatcher ? null : RoleRefused(action, "a dispatcher");

            case ReferralAction.EnRoute:
            case ReferralAction.OnScene:
            case ReferralAction.OnBoard:
            case ReferralAction.Arrive:
                if (actor.Role != ReferralRoles.Vehicle) return RoleRefused(action, "the crew of the assigned vehicle");
                if (r.VehicleId is null || actor.VehicleId != r.VehicleId)
                    return ("not-assigned-vehicle", "Your vehicle is not assigned to this referral.");
                return null;

            case ReferralAction.OfferNext:
            case ReferralAction.OfferTimedOut:
                return actor.Role == ReferralRoles.System ? null : RoleRefused(action, "the server");

            default:
                return ("unknown-action", $"Unknown action {action}.");
        }
    }

    private static (string, string) RoleRefused(ReferralAction action, string who) =>
        ("role-not-permitted", $"Only {who} may {Verb(action)} a referral.");

    internal static string Verb(ReferralAction action) => action switch
    {
        ReferralAction.Request => "request",
        ReferralAction.Match => "match",
        ReferralAction.Offer => "offer (override)",
        ReferralAction.OfferParallel => "offer to several hospitals at once",
        ReferralAction.OfferNext => "offer to the next candidate",
        ReferralAction.Accept => "accept",
        ReferralAction.Decline => "decline",
        ReferralAction.OfferTimedOut => "time out the offer of",
        ReferralAction.AssignVehicle => "assign a vehicle to",
        ReferralAction.EnRoute => "report en route for",
        ReferralAction.OnScene => "report on scene for",
        ReferralAction.OnBoard => "report the patient on board for",
        ReferralAction.Arrive => "report arrival for",
        ReferralAction.HandOver => "confirm the hand-over of",
        ReferralAction.Cancel => "cancel",
        ReferralAction.Escalate => "escalate",
        ReferralAction.Fail => "mark as failed",
        _ => action.ToString(),
    };
}
