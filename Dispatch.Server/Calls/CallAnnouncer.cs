using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Calls;

/// <summary>Tells dispatchers, and the crew of the assigned vehicle, that a stored call changed.</summary>
public sealed class CallAnnouncer(IHubContext<DispatchHub> hub)
{
    public const string CallChangedEvent = "CallChanged";
    public const string AssignmentEvent = "Assignment";

    public const string BookingChangedEvent = nameof(IDispatchClient.BookingChanged);

    /// <summary>Dispatchers; for a transport also the person who booked it, so a doctor follows their booking as it moves.</summary>
    public async Task ChangedAsync(Call call)
    {
        await hub.Clients.Group(HubGroups.Dispatchers).SendAsync(CallChangedEvent, call);
        if (call.Kind == CallKind.Transport)
            await hub.Clients.User(call.TakenBy).SendAsync(BookingChangedEvent, call);
    }

    /// <summary>Dispatchers and the assigned crew (the call became a referral, or got its ambulance back).</summary>
    public async Task ChangedWithCrewAsync(Call call)
    {
        await ChangedAsync(call);
        if (call.VehicleId is { } vehicleId)
            await hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(CallChangedEvent, call);
    }

    /// <summary>A vehicle that no longer serves the call (replaced by another) hears of it.</summary>
    public Task ToVehicleAsync(string vehicleId, Call call) =>
        hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(CallChangedEvent, call);

    public Task AssignedAsync(Call call) =>
        hub.Clients.Group(HubGroups.Vehicle(call.VehicleId!)).SendAsync(AssignmentEvent, call);
}
