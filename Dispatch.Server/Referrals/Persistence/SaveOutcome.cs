namespace Dispatch.Server.Referrals.Persistence;

public enum SaveStatus
{
    Saved,
    /// <summary>Someone stored a newer version first; reload and decide again.</summary>
    VersionConflict,
    /// <summary>The idempotency key was already used; <see cref="SaveOutcome.PriorReferralId"/> says for what.</summary>
    Duplicate,
}

public sealed record SaveOutcome(SaveStatus Status, string? PriorReferralId = null);
