using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

public sealed partial class DispatchHub
{
    /// <summary>
    /// A vehicle device reports where it is. Completes once the position is stored in Redis (and, when stored, queued
    /// for the dispatchers' next push: the store hands it to the broadcaster). Not async: the checks throw before
    /// anything is stored, and the store's own task is the answer.
    /// </summary>
    /// <returns>true when stored, false when an equal or newer report was already stored (a resend after reconnecting).</returns>
    public Task<bool> ReportPosition(PositionReport report, FleetStore fleet, PositionReportValidator validator, VehicleRegistry vehicles)
    {
        var user = Context.User!;
        if (user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId)
            throw new HubException("Only a vehicle device may report positions.");
        if (report?.VehicleId is { } claimed && claimed != vehicleId)
            throw new HubException("A device may only report its own vehicle's position.");
        if (vehicles.Find(vehicleId) is null)
            throw new HubException($"Vehicle {vehicleId} is not in the region's registry.");
        if (validator.Check(report) is { } problem)
            throw new HubException(problem);

        var position = new VehiclePosition(vehicleId, report!.Lon, report.Lat, report.SpeedKmh ?? 0, report.HeadingDeg ?? 0, report.Timestamp);
        return fleet.StoreAsync(position);
    }
}
