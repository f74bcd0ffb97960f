namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>One audited step: who did what, in which role, when, and the states before and after.</summary>
public sealed record TransitionRecord(
    ReferralAction Action,
    string Actor,
    string Role,
    DateTimeOffset At,
    ReferralState From,
    ReferralState To,
    string? Reason);
