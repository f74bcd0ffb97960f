namespace Dispatch.Server.Fleet;

/// <summary>
/// The vehicle status machine: which status may follow which. A crew moves its vehicle along the mission
/// (dispatched → en route → on scene → transporting → at hospital → returning → available); dispatchers
/// dispatch, stand down, and take vehicles in and out of service.
/// </summary>
public static class VehicleStatusRules
{
    private static readonly Dictionary<VehicleStatus, VehicleStatus[]> Next = new()
    {
        [VehicleStatus.Available] = [VehicleStatus.Dispatched, VehicleStatus.OutOfService, VehicleStatus.Relocating],
        [VehicleStatus.Dispatched] = [VehicleStatus.EnRoute, VehicleStatus.Available, VehicleStatus.OutOfService],
        [VehicleStatus.EnRoute] = [VehicleStatus.OnScene, VehicleStatus.Returning, VehicleStatus.Available],
        [VehicleStatus.OnScene] = [VehicleStatus.Transporting, VehicleStatus.Returning],
        [VehicleStatus.Transporting] = [VehicleStatus.AtHospital],
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
}
