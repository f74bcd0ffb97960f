namespace Dispatch.Routing.Fleet;

/// <summary>
/// A vehicle's place in a <see cref="FleetIndex"/>, from <see cref="FleetIndex.Update"/>: lets a query name its
/// candidates without looking their ids up again. It stays valid while the vehicle is indexed, moves included; after
/// <see cref="FleetIndex.Remove"/> it matches nothing, even if the place is reused. The default value matches nothing.
/// </summary>
public readonly record struct VehicleHandle
{
    internal VehicleHandle(int slot, int generation) { Slot = slot; Generation = generation; }

    internal int Slot { get; }
    internal int Generation { get; }
}
