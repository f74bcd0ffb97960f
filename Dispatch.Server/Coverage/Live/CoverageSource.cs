using Dispatch.Routing;
using Dispatch.Server.Fleet;

namespace Dispatch.Server.Coverage.Live;

/// <summary>An ambulance counted in the picture: free to be sent, with a fresh position. Only an Available one may be moved up.</summary>
public sealed record CoverageSource(string VehicleId, string CallSign, GeoPoint Point, VehicleStatus Status, int Zone, string? CallSignEn = null)
{
    public bool CanMoveUp => Status == VehicleStatus.Available;
}
