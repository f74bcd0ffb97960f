using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Collects accepted positions and pushes them to dispatchers in batches: one message per interval carrying the
/// latest position of every vehicle that moved, instead of one message per report. A push of many vehicles goes out
/// as several messages of at most <see cref="MaxPerMessage"/> positions (each vehicle in exactly one of them): a
/// message of thousands of positions is serialised into arrays of hundreds of kilobytes (JSON, MessagePack and the
/// backplane's envelope of both, and again when the backplane delivers it), which land on the large-object heap and
/// make the runtime run full collections over the whole heap every few seconds.
/// </summary>
public sealed class PositionBroadcaster(IHubContext<DispatchHub> hub, VehicleWatchers watchers, IConfiguration config, ILogger<PositionBroadcaster> log) : BackgroundService
{
    public const string EventName = nameof(IDispatchClient.VehiclePositions);
    /// <summary>About 30 KB of JSON and less in MessagePack: well below the 85 KB large-object threshold.</summary>
    public const int MaxPerMessage = 200;
    private readonly Lock _gate = new();
    // Taken and cleared under the lock, so a position enqueued while a batch is taken lands in this batch or the next, never in neither.
    private readonly Dictionary<string, VehiclePosition> _pending = new();
    // The newest report time queued per vehicle, kept after its push. Write batches finish in any order (several are in
    // flight, and a streaming device has several reports in them), so a batch holding an older report of a vehicle can
    // hand it over after a newer one was already pushed; without this it would move the vehicle back on the map.
    private readonly Dictionary<string, DateTimeOffset> _newest = new();
    private readonly TimeSpan _interval = TimeSpan.FromMilliseconds(config.GetValue("Fleet:BroadcastIntervalMs", 100));

    /// <summary>Queues stored positions for the next push (one lock for the whole write batch).</summary>
    public void Enqueue(IReadOnlyList<VehiclePosition> positions)
    {
        lock (_gate)
        {
            for (var i = 0; i < positions.Count; i++)
            {
                var position = positions[i];
                if (_newest.TryGetValue(position.VehicleId, out var newest) && newest >= position.Timestamp) continue;
                _newest[position.VehicleId] = position.Timestamp;
                _pending[position.VehicleId] = position;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            VehiclePosition[] batch;
            lock (_gate)
            {
                if (_pending.Count == 0) continue;
                batch = [.. _pending.Values];
                _pending.Clear();
            }
            try
            {
                // All parts at once: through the backplane each send waits for its publish, which queues behind the
                // position writes (each with its fsync) on the same Redis connection; one after another they would add up.
                var sends = new Task[(batch.Length + MaxPerMessage - 1) / MaxPerMessage];
                for (var i = 0; i < sends.Length; i++)
                {
                    var part = sends.Length == 1 ? batch : batch[(i * MaxPerMessage)..Math.Min(batch.Length, (i + 1) * MaxPerMessage)];
                    sends[i] = hub.Clients.Group(HubGroups.Dispatchers).SendAsync(EventName, part, stoppingToken);
                }
                await Task.WhenAll(sends);
                await watchers.PushAsync(batch, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not push {Count} vehicle positions", batch.Length);
            }
        }
    }
}
