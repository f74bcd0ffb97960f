using System.Collections.Concurrent;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Collects accepted positions and pushes them to dispatchers in batches: one message per interval carrying the
/// latest position of every vehicle that moved, instead of one message per report.
/// </summary>
public sealed class PositionBroadcaster(IHubContext<DispatchHub> hub, VehicleWatchers watchers, IConfiguration config, ILogger<PositionBroadcaster> log) : BackgroundService
{
    public const string EventName = "VehiclePositions";
    private ConcurrentDictionary<string, VehiclePosition> _pending = new();
    private readonly TimeSpan _interval = TimeSpan.FromMilliseconds(config.GetValue("Fleet:BroadcastIntervalMs", 100));

    public void Enqueue(VehiclePosition position) =>
        _pending.AddOrUpdate(position.VehicleId, position, (_, old) => old.Timestamp >= position.Timestamp ? old : position);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_pending.IsEmpty) continue;
            var batch = Interlocked.Exchange(ref _pending, new ConcurrentDictionary<string, VehiclePosition>());
            try
            {
                await hub.Clients.Group(HubGroups.Dispatchers).SendAsync(EventName, batch.Values.ToArray(), stoppingToken);
                await watchers.PushAsync(batch.Values.ToArray(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not push {Count} vehicle positions", batch.Count);
            }
        }
    }
}
