using System.Text.Json;
using StackExchange.Redis;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Vehicle positions and statuses in Redis: a GEO set for "who is near", a last-seen hash for the latest report,
/// and a status hash. A report older than the one stored is ignored, so a device that reconnects and resends
/// its buffer does not move the vehicle backwards or count twice.
/// </summary>
public sealed class FleetStore(IConnectionMultiplexer redis)
{
    public const string GeoKey = "dispatch:fleet:geo";
    public const string LastSeenKey = "dispatch:fleet:last-seen";
    public const string SeenAtKey = "dispatch:fleet:seen-at";
    public const string StatusKey = "dispatch:fleet:status";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // One round trip, applied atomically: compare the timestamp, then move the vehicle.
    private static readonly LuaScript StoreIfNewer = LuaScript.Prepare("""
        local last = redis.call('HGET', @seenAt, @id)
        if last and tonumber(last) >= tonumber(@ts) then return 0 end
        redis.call('GEOADD', @geo, @lon, @lat, @id)
        redis.call('HSET', @lastSeen, @id, @json)
        redis.call('HSET', @seenAt, @id, @ts)
        return 1
        """);

    /// <returns>true when the position was stored; false when a newer one was already there.</returns>
    public async Task<bool> StoreAsync(VehiclePosition position)
    {
        var result = await redis.GetDatabase().ScriptEvaluateAsync(StoreIfNewer, new
        {
            geo = (RedisKey)GeoKey,
            lastSeen = (RedisKey)LastSeenKey,
            seenAt = (RedisKey)SeenAtKey,
            id = position.VehicleId,
            lon = position.Lon,
            lat = position.Lat,
            ts = position.Timestamp.ToUnixTimeMilliseconds(),
            json = JsonSerializer.Serialize(position, Json),
        });
        return (int)result == 1;
    }

    public async Task<IReadOnlyDictionary<string, VehiclePosition>> LastPositionsAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(LastSeenKey);
        var positions = new Dictionary<string, VehiclePosition>(entries.Length);
        foreach (var e in entries)
            if (JsonSerializer.Deserialize<VehiclePosition>((string)e.Value!, Json) is { } p) positions[(string)e.Name!] = p;
        return positions;
    }

    public async Task<VehiclePosition?> LastPositionAsync(string vehicleId)
    {
        var value = await redis.GetDatabase().HashGetAsync(LastSeenKey, vehicleId);
        return value.IsNull ? null : JsonSerializer.Deserialize<VehiclePosition>((string)value!, Json);
    }

    public async Task<IReadOnlyDictionary<string, VehicleStatus>> StatusesAsync()
    {
        var entries = await redis.GetDatabase().HashGetAllAsync(StatusKey);
        return entries.Where(e => Enum.TryParse<VehicleStatus>(e.Value, out _))
            .ToDictionary(e => (string)e.Name!, e => Enum.Parse<VehicleStatus>((string)e.Value!));
    }

    public async Task<VehicleStatus> StatusAsync(string vehicleId)
    {
        var value = await redis.GetDatabase().HashGetAsync(StatusKey, vehicleId);
        return Enum.TryParse<VehicleStatus>(value, out var s) ? s : VehicleStatus.Available;
    }

    public Task SetStatusAsync(string vehicleId, VehicleStatus status) =>
        redis.GetDatabase().HashSetAsync(StatusKey, vehicleId, status.ToString());
}
