using System.Text.Json.Serialization;
using Dispatch.Server.Contract;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>A hospital that can take the patient, in ranked order, with its estimated travel time (null when a dispatcher chose it without a ranking).</summary>
public sealed record HospitalCandidate(string HospitalId, string Name, double? EstimatedMinutes);

/// <summary>Why a hospital was left out of the ranking; kept on the referral so dispatchers can see why.</summary>
public sealed record HospitalExclusion(string HospitalId, string Name, ExclusionReason Reason, string Detail);

[JsonConverter(typeof(WireEnumConverter<ExclusionReason>))]
public enum ExclusionReason
{
    CapabilityMissing,
    NoBeds,
    OnDiversion,
    OutsideTimeWindow,
    /// <summary>No road connects the patient to the hospital (or either is too far from a road).</summary>
    Unreachable,
}
