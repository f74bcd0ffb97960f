using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// One bed of a required capability held by the accepting hospital from acceptance on. Cancellation or failure
/// releases it; at hand-over the patient occupies it until the hospital next reports its free beds.
/// </summary>
public sealed record BedReservation(string HospitalId, Capability Capability, DateTimeOffset ReservedAt)
{
    public DateTimeOffset? ReleasedAt { get; init; }
    public DateTimeOffset? OccupiedAt { get; init; }

    public bool Holds => ReleasedAt is null;
}
