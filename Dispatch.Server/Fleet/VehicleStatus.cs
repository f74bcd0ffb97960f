namespace Dispatch.Server.Fleet;

public enum VehicleStatus
{
    Available,
    Dispatched,
    EnRoute,
    OnScene,
    Transporting,
    AtHospital,
    Returning,
    OutOfService,
}
