using Dispatch.Server.Commands;

namespace Dispatch.Server.Fleet;

/// <summary>
/// The vehicle status machine: which status may follow which. A crew moves its vehicle along the mission
/// (dispatched → en route → on scene → transporting → at hospital → returning → available); dispatchers
/// dispatch, stand down, and take vehicles in and out of service. Every status write (calls, referrals, transports,
/// the hub) goes through <see cref="VehicleMove"/>, which checks these rules, and is compared in Redis when stored.
/// </summary>
public static class VehicleStatusRules
{
    private static readonly Dictionary<VehicleStatus, VehicleStatus[]> Next = new()
    {
        [VehicleStatus.Available] = [VehicleStatus.Dispatched, VehicleStatus.OutOfService, VehicleStatus.Relocating],
        [VehicleStatus.Dispatched] = [VehicleStatus.EnRoute, VehicleStatus.Available, VehicleStatus.OutOfService],
        // A patient met on the road goes on board without an on-scene report.
        [VehicleStatus.EnRoute] = [VehicleStatus.OnScene, VehicleStatus.Transporting, VehicleStatus.Returning, VehicleStatus.Available],
        [VehicleStatus.OnScene] = [VehicleStatus.Transporting, VehicleStatus.Returning],
        // A transfer abandoned on the way (the referral failed): the crew drives back.
        [VehicleStatus.Transporting] = [VehicleStatus.AtHospital, VehicleStatus.Returning],
        [VehicleStatus.AtHospital] = [VehicleStatus.Returning, VehicleStatus.Available],
        [VehicleStatus.Returning] = [VehicleStatus.Available, VehicleStatus.Dispatched],
        [VehicleStatus.OutOfService] = [VehicleStatus.Available],
        // A move-up: to a standby post, then available there; a relocating crew may be sent on a call on the way.
        [VehicleStatus.Relocating] = [VehicleStatus.Available, VehicleStatus.Dispatched, VehicleStatus.OutOfService],
    };

    public static bool CanMove(VehicleStatus from, VehicleStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<VehicleStatus> After(VehicleStatus from) => Next[from];

    /// <summary>Statuses a crew reports from its device; the others are set by dispatch.</summary>
    public static bool IsCrewReported(VehicleStatus status) => status is VehicleStatus.EnRoute or VehicleStatus.OnScene
        or VehicleStatus.Transporting or VehicleStatus.AtHospital or VehicleStatus.Returning or VehicleStatus.Available;

    /// <summary>Statuses in which a vehicle is committed to a mission (a call or a referral).</summary>
    public static bool IsOnMission(VehicleStatus status) => status is VehicleStatus.Dispatched or VehicleStatus.EnRoute
        or VehicleStatus.OnScene or VehicleStatus.Transporting or VehicleStatus.AtHospital;

    /// <summary>
    /// Where a crew goes when its mission ends early (a call or referral cancelled, a vehicle swapped): not yet with the
    /// patient, free at once; otherwise it finishes and drives back.
    /// </summary>
    public static VehicleStatus StandDown(VehicleStatus from) => from switch
    {
        VehicleStatus.Dispatched or VehicleStatus.EnRoute => VehicleStatus.Available,
        VehicleStatus.OnScene or VehicleStatus.Transporting or VehicleStatus.AtHospital => VehicleStatus.Returning,
        _ => from,
    };

    /// <summary>Refuses a move the machine does not allow; staying in the same status (a hand-over of the mission) is allowed.</summary>
    public static void Demand(string vehicleId, VehicleStatus from, VehicleStatus to)
    {
        if (from != to && !CanMove(from, to))
            throw new Refusal(RefusalKind.Conflict, "vehicle-status", $"Vehicle {vehicleId} is {from}; it cannot go to {to} from there.");
    }
}
