namespace Dispatch.Server.Referrals.Lifecycle;

public enum ReferralErrorKind
{
    /// <summary>The actor's role or organisation may not do this (403).</summary>
    Forbidden,
    /// <summary>The referral is not in a state that allows this, or someone else changed it first (409).</summary>
    Conflict,
    /// <summary>No such referral, or not visible to the actor (404).</summary>
    NotFound,
    /// <summary>The command itself is malformed (400).</summary>
    Invalid,
}

/// <summary>A refused command. Nothing was changed when this is thrown.</summary>
public sealed class ReferralException(ReferralErrorKind kind, string code, string message) : Exception(message)
{
    public ReferralErrorKind Kind { get; } = kind;

    /// <summary>Stable machine-readable reason, e.g. "illegal-transition", "not-offered-hospital".</summary>
    public string Code { get; } = code;

    /// <summary>For "hospital-check-failed": why the chosen hospital cannot take the patient now, for the warning to name it.</summary>
    public HospitalExclusion? Exclusion { get; init; }
}
