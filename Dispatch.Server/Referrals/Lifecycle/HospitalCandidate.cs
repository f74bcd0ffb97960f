namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// A hospital that can take the patient, in ranked order, with its estimated road travel time and distance (null when a
/// dispatcher chose it without a ranking).
/// </summary>
public sealed record HospitalCandidate(string HospitalId, string Name, double? EstimatedMinutes, double? DistanceKm = null);

/// <summary>
/// Why a hospital was left out of the ranking, or skipped when its turn to be offered came; kept on the referral so
/// dispatchers and the requesting doctor can see why. <see cref="Reason"/> and the structured fields are what a console
/// translates; <see cref="Detail"/> is the same in English for logs and other systems.
/// </summary>
public sealed record HospitalExclusion(string HospitalId, string Name, ExclusionReason Reason, string Detail)
{
    /// <summary>The required capabilities the hospital lacks (capabilityMissing) or has no free bed for (noBeds).</summary>
    public IReadOnlyList<string>? Capabilities { get; init; }

    /// <summary>Road minutes to the hospital and the priority's limit (outsideTimeWindow).</summary>
    public double? Minutes { get; init; }
    public double? LimitMinutes { get; init; }

    /// <summary>Set when the hospital was skipped at the moment of its offer (it changed after the ranking).</summary>
    public DateTimeOffset? SkippedAt { get; init; }
}

public enum ExclusionReason
{
    CapabilityMissing,
    NoBeds,
    OnDiversion,
    OutsideTimeWindow,
    /// <summary>No road connects the patient to the hospital (or either is too far from a road).</summary>
    Unreachable,
}
