using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Tells dispatchers and the vehicle's own device that its status changed. Callers publish only after the change
/// is settled (a rolled-back move is never announced), so this is kept apart from <see cref="FleetStore.TryMoveAsync"/>.
/// </summary>
public sealed class VehicleStatusPublisher(IHubContext<DispatchHub> hub, TimeProvider clock)
{
    public Task PublishAsync(string vehicleId, VehicleStatus status, string? assignment) =>
        hub.Clients.Groups(HubGroups.Dispatchers, HubGroups.Vehicle(vehicleId))
            .SendAsync(VehicleStatusChanged.EventName, new VehicleStatusChanged(vehicleId, status, assignment, clock.GetUtcNow()));
}
