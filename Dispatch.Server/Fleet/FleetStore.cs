using System.Text.Json;
using StackExchange.Redis;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Vehicle positions and statuses in Redis: a GEO set for "who is near", a last-seen hash for the latest report,
/// and a status hash. A report older than the one stored is ignored, so a device that reconnects and resends
/// its buffer does not move the vehicle backwards or count twice.
/// </summary>
public sealed class FleetStore : IAsyncDisposable
{
    public const string GeoKey = "dispatch:fleet:geo";
    public const string LastSeenKey = "dispatch:fleet:last-seen";
    public const string SeenAtKey = "dispatch:fleet:seen-at";
    public const string StatusKey = "dispatch:fleet:status";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IConnectionMultiplexer _redis;
    private readonly PositionWriteBatcher _writes;

    public FleetStore(IConnectionMultiplexer redis)
    {
        _redis = redis;
        _writes = new PositionWriteBatcher(redis, [GeoKey, LastSeenKey, SeenAtKey], p => JsonSerializer.Serialize(p, Json));
    }

    /// <summary>Completes once Redis has the position (with appendfsync always: once it is in the append-only file).</summary>
    /// <returns>true when the position was stored; false when a newer one was already there.</returns>
    public Task<bool> StoreAsync(VehiclePosition position) => _writes.StoreAsync(position);

    public async Task<IReadOnlyDictionary<string, VehiclePosition>> LastPositionsAsync()
    {
        var entries = await _redis.GetDatabase().HashGetAllAsync(LastSeenKey);
        var positions = new Dictionary<string, VehiclePosition>(entries.Length);
        foreach (var e in entries)
            if (JsonSerializer.Deserialize<VehiclePosition>((string)e.Value!, Json) is { } p) positions[(string)e.Name!] = p;
        return positions;
    }

    public async Task<VehiclePosition?> LastPositionAsync(string vehicleId)
    {
        var value = await _redis.GetDatabase().HashGetAsync(LastSeenKey, vehicleId);
        return value.IsNull ? null : JsonSerializer.Deserialize<VehiclePosition>((string)value!, Json);
    }

    public async Task<IReadOnlyDictionary<string, VehicleStatus>> StatusesAsync()
    {
        var entries = await _redis.GetDatabase().HashGetAllAsync(StatusKey);
        return entries.Where(e => Enum.TryParse<VehicleStatus>(e.Value, out _))
            .ToDictionary(e => (string)e.Name!, e => Enum.Parse<VehicleStatus>((string)e.Value!));
    }

    public async Task<VehicleStatus> StatusAsync(string vehicleId)
    {
        var value = await _redis.GetDatabase().HashGetAsync(StatusKey, vehicleId);
        return Enum.TryParse<VehicleStatus>(value, out var s) ? s : VehicleStatus.Available;
    }

    public Task SetStatusAsync(string vehicleId, VehicleStatus status) =>
        _redis.GetDatabase().HashSetAsync(StatusKey, vehicleId, status.ToString());

    public ValueTask DisposeAsync() => _writes.DisposeAsync();
}
