using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Tells dispatchers and the vehicle's own device that its status changed. Callers publish only after the change
/// is stored: a command announces its vehicle moves once its atomic write has committed.
/// </summary>
public sealed class VehicleStatusPublisher(IHubContext<DispatchHub> hub, TimeProvider clock)
{
    public Task PublishAsync(string vehicleId, VehicleStatus status, string? assignment) =>
        hub.Clients.Groups(HubGroups.Dispatchers, HubGroups.Vehicle(vehicleId))
            .SendAsync(VehicleStatusChanged.EventName, new VehicleStatusChanged(vehicleId, status, assignment, clock.GetUtcNow()));

    /// <summary>Stages <paramref name="move"/> in the command's write and announces it once stored.</summary>
    public void Stage(Commands.CommandContext command, VehicleMove move)
    {
        FleetStore.Stage(command.Commit, move);
        if (move.ChangesStatus || move.From.Mission != move.ToMission)
            command.Announce(() => PublishAsync(move.VehicleId, move.To, move.ToMission));
    }
}
