using Dispatch.Tests.Infrastructure;
using System.Collections.Concurrent;
using System.Text.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Push;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Security;

/// <summary>A hub connection that records every event the server can push, as raw JSON, to check who hears what.</summary>
public sealed class HubRecorder(HubConnection connection) : IAsyncDisposable
{
    public static readonly string[] Events =
    [
        PositionBroadcaster.EventName, HubReferralNotifier.Changed, HubReferralNotifier.Withdrawn, HubReferralNotifier.Escalated,
        CallService.CallChangedEvent, CallService.AssignmentEvent, VehicleStatusChanged.EventName, HospitalBoard.HospitalChangedEvent,
        Dispatch.Server.Coverage.Live.CoverageMonitor.ChangedEvent, Dispatch.Server.Coverage.MoveUps.Relocations.DeviceEvent,
        Dispatch.Server.Registry.Alerts.RegisterAlerts.Event,
    ];

    public HubConnection Connection { get; } = connection;
    public ConcurrentQueue<(string Event, string Json)> Heard { get; } = new();

    public static async Task<HubRecorder> ConnectAsync(HubConnection connection)
    {
        var recorder = new HubRecorder(connection);
        foreach (var name in Events)
            connection.On(name, [typeof(JsonElement)], (args, _) =>
            {
                recorder.Heard.Enqueue((name, ((JsonElement)args[0]!).GetRawText()));
                return Task.CompletedTask;
            }, recorder);
        await connection.StartJoinedAsync();
        return recorder;
    }

    public bool HeardAny(string eventName, params string[] containing) =>
        Heard.Any(h => h.Event == eventName && containing.All(c => h.Json.Contains(c, StringComparison.Ordinal)));

    public IReadOnlyList<string> Mentions(string text) => Heard.Where(h => h.Json.Contains(text, StringComparison.Ordinal)).Select(h => h.Event).ToList();

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
