using System.Text.Json;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Who besides dispatchers follows a vehicle live: the doctors of the facility whose patient it carries and the
/// hospital receiving it. Kept in Redis (every instance pushes the positions it receives) and read at most once
/// a second, so the hot path of position reports stays a memory lookup.
/// </summary>
public sealed class VehicleWatchers(IConnectionMultiplexer redis, IHubContext<DispatchHub> hub, ILogger<VehicleWatchers> log)
{
    public const string Key = "dispatch:fleet:watchers";
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1);
    private Dictionary<string, string[]> _cache = [];
    private DateTime _loadedAt = DateTime.MinValue;

    public async Task WatchAsync(string vehicleId, IEnumerable<string> groups)
    {
        var wanted = groups.Distinct().Order(StringComparer.Ordinal).ToArray();
        // Every referral change calls this; most change nothing here, and each write costs an fsync.
        if ((await CurrentAsync()).TryGetValue(vehicleId, out var current) && current.SequenceEqual(wanted)) return;
        await redis.GetDatabase().HashSetAsync(Key, vehicleId, JsonSerializer.Serialize(wanted));
        _loadedAt = DateTime.MinValue;
    }

    public async Task UnwatchAsync(string vehicleId)
    {
        if (!(await CurrentAsync()).ContainsKey(vehicleId)) return;
        await redis.GetDatabase().HashDeleteAsync(Key, vehicleId);
        _loadedAt = DateTime.MinValue;
    }

    /// <summary>Sends each watched vehicle's latest position to its watchers (dispatchers already have the whole batch).</summary>
    public async Task PushAsync(IReadOnlyCollection<VehiclePosition> batch, CancellationToken ct)
    {
        try
        {
            var watchers = await CurrentAsync();
            if (watchers.Count == 0) return;
            var byGroup = new Dictionary<string, List<VehiclePosition>>();
            foreach (var p in batch)
                if (watchers.TryGetValue(p.VehicleId, out var groups))
                    foreach (var g in groups)
                        (byGroup.TryGetValue(g, out var list) ? list : byGroup[g] = []).Add(p);
            foreach (var (group, positions) in byGroup)
                await hub.Clients.Group(group).SendAsync(PositionBroadcaster.EventName, positions, ct);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            log.LogWarning(e, "Could not push positions to watchers");
        }
    }

    private async Task<Dictionary<string, string[]>> CurrentAsync()
    {
        if (DateTime.UtcNow - _loadedAt < Refresh) return _cache;
        var entries = await redis.GetDatabase().HashGetAllAsync(Key);
        _cache = entries.ToDictionary(e => (string)e.Name!, e => JsonSerializer.Deserialize<string[]>((string)e.Value!) ?? []);
        _loadedAt = DateTime.UtcNow;
        return _cache;
    }
}
