namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>Everything a person (or the system) can ask of a referral; each action belongs to one role.</summary>
public enum ReferralAction
{
    Request,
    Match,
    Offer,
    /// <summary>Ask the next several ranked hospitals at once; the first to accept wins.</summary>
    OfferParallel,
    OfferNext,
    Accept,
    Decline,
    OfferTimedOut,
    AssignVehicle,
    EnRoute,
    OnScene,
    OnBoard,
    Arrive,
    HandOver,
    Cancel,
    Escalate,
    Fail,
}
