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
        var device = ReportingDevice.Of(Context, vehicles);
        if (device.VehicleId is not { } vehicleId)
            throw new HubException(device.Refusal);
        if (report?.VehicleId is { } claimed && claimed != vehicleId)
            throw new HubException("A device may only report its own vehicle's position.");
        if (device.Refusal is { } refusal)
            throw new HubException(refusal);
        if (validator.Check(report) is { } problem)
            throw new HubException(problem);

        var position = new VehiclePosition(vehicleId, report!.Lon, report.Lat, report.SpeedKmh ?? 0, report.HeadingDeg ?? 0, report.Timestamp);
        return fleet.StoreAsync(position);
    }

    /// <summary>
    /// Who is reporting on this connection, decided once per connection: its token's claims and the region's registry
    /// do not change while it is open, and a device reports several times a second.
    /// </summary>
    private sealed record ReportingDevice(string? VehicleId, string? Refusal)
    {
        public static ReportingDevice Of(HubCallerContext context, VehicleRegistry vehicles)
        {
            // Calls of one connection run one at a time (MaximumParallelInvocationsPerClient = 1), so Items needs no lock.
            if (context.Items.TryGetValue(typeof(ReportingDevice), out var known) && known is ReportingDevice device) return device;
            var user = context.User!;
            device = user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId ? new ReportingDevice(null, "Only a vehicle device may report positions.")
                : vehicles.Find(vehicleId) is null ? new ReportingDevice(vehicleId, $"Vehicle {vehicleId} is not in the region's registry.")
                : new ReportingDevice(vehicleId, null);
            context.Items[typeof(ReportingDevice)] = device;
            return device;
        }
    }
}
