using Dispatch.Server.Accounts;
using Dispatch.Server.Coverage.MoveUps;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

public sealed partial class DispatchHub
{
    /// <summary>
    /// The crew of a relocating vehicle is at its standby post: the vehicle is Available there. Saying it again once
    /// available changes nothing (a resend after a reconnect).
    /// </summary>
    public async Task<string> ArrivedAtPost(Relocations relocations)
    {
        var vehicleId = RelocatingDevice();
        if (await relocations.ArrivedAsync(vehicleId) is { } actual && actual != Fleet.VehicleStatus.Available)
            throw new HubException($"The vehicle is {actual}, not relocating.");
        return "available";
    }

    /// <summary>Where the vehicle is being sent while it is Relocating (after a reconnect); null otherwise.</summary>
    public Task<Relocation?> CurrentRelocation(Relocations relocations) => relocations.CurrentAsync(RelocatingDevice());

    private string RelocatingDevice()
    {
        var user = Context.User!;
        if (user.Role() != Roles.Vehicle || user.VehicleId() is not { } vehicleId)
            throw new HubException("Only a vehicle device reports its relocation.");
        return vehicleId;
    }
}
