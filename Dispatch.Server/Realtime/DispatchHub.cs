using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>The one hub of the product, at /hubs/dispatch. Pushes go to role groups; calls are checked against the caller's token.</summary>
[Authorize]
public sealed class DispatchHub(
    FleetStore fleet,
    PositionReportValidator validator,
    PositionBroadcaster broadcaster,
    VehicleRegistry vehicles) : Hub
{
    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        var group = user.Role() switch
        {
            Roles.Dispatcher or Roles.Admin => HubGroups.Dispatchers,
            Roles.Doctor when user.FacilityId() is { } f => HubGroups.Facility(f),
            Roles.Hospital when user.HospitalId() is { } h => HubGroups.Hospital(h),
            Roles.Vehicle when user.VehicleId() is { } v => HubGroups.Vehicle(v),
            _ => null,
        };
        if (group is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        await base.OnConnectedAsync();
    }

    /// <summary>A vehicle device reports where it is. Completes once the position is stored in Redis.</summary>
    /// <returns>true when stored, false when an equal or newer report was already stored (a resend after reconnecting).</returns>
    public async Task<bool> ReportPosition(PositionReport report)
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
        if (!await fleet.StoreAsync(position)) return false;
        broadcaster.Enqueue(position);
        return true;
    }
}
