namespace Dispatch.Server.Fleet;

/// <summary>Pushed to dispatchers (and the vehicle's own device) whenever a vehicle's status changes.</summary>
public sealed record VehicleStatusChanged(string VehicleId, VehicleStatus Status, string? Assignment, DateTimeOffset At)
{
    public const string EventName = nameof(Realtime.IDispatchClient.VehicleStatusChanged);
}
