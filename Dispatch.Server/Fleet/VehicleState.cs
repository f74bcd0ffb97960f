namespace Dispatch.Server.Fleet;

/// <summary>A vehicle's status and the mission it serves (a call id, or "R:" and a referral id), as read together from Redis.</summary>
public sealed record VehicleState(string VehicleId, VehicleStatus Status, string? Mission)
{
    /// <summary>Free for the next mission: available, driving back from the last one, or moving up to a standby post.</summary>
    public bool IsFree => Mission is null && Status is VehicleStatus.Available or VehicleStatus.Returning or VehicleStatus.Relocating;
}

/// <summary>
/// One change of a vehicle, checked against <see cref="VehicleStatusRules"/> when it is made and compared against the
/// status and mission it was decided from when it is stored, so nothing moves a vehicle that moved on meanwhile.
/// </summary>
public sealed record VehicleMove
{
    public VehicleState From { get; }
    public VehicleStatus To { get; }
    public string? ToMission { get; }

    /// <summary>Who besides dispatchers follows the vehicle from now on; null keeps them, empty stops them.</summary>
    public IReadOnlyList<string>? Watchers { get; }

    public VehicleMove(VehicleState from, VehicleStatus to, string? toMission, IReadOnlyList<string>? watchers = null)
    {
        VehicleStatusRules.Demand(from.VehicleId, from.Status, to);
        From = from;
        To = to;
        ToMission = toMission;
        Watchers = watchers;
    }

    public string VehicleId => From.VehicleId;
    public bool ChangesStatus => From.Status != To;
}
