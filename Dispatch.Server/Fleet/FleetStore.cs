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

    /// <param name="broadcaster">receives every stored position for the next push to dispatchers, before its store completes.</param>
    public FleetStore(IConnectionMultiplexer redis, PositionBroadcaster? broadcaster = null)
    {
        _redis = redis;
        // The same JSON as JsonSerializer.Serialize(p, Json), from generated code and straight to UTF-8.
        _writes = new PositionWriteBatcher(redis, [GeoKey, LastSeenKey, SeenAtKey],
            p => JsonSerializer.SerializeToUtf8Bytes(p, FleetJson.Default.VehiclePosition),
            broadcaster is null ? null : broadcaster.Enqueue);
    }

    /// <summary>
    /// Completes once Redis has the position (with appendfsync always: once it is in the append-only file); a stored
    /// position is already queued for the dispatchers' next push when this completes.
    /// </summary>
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

    public const string AssignmentKey = "dispatch:fleet:assignment";

    // Compare-and-set on the status, so two dispatchers (or two server instances) cannot both move one vehicle.
    private static readonly LuaScript MoveIfStatus = LuaScript.Prepare("""
        local current = redis.call('HGET', @status, @id)
        if not current then current = 'Available' end
        if current ~= @expected then return current end
        redis.call('HSET', @status, @id, @next)
        if @assignment == '' then redis.call('HDEL', @assignments, @id) elseif @assignment ~= '-' then redis.call('HSET', @assignments, @id, @assignment) end
        return 'OK'
        """);

    /// <summary>Moves the vehicle from <paramref name="expected"/> to <paramref name="next"/> atomically.</summary>
    /// <param name="assignment">the call or referral the vehicle now serves; "" clears it, null keeps it.</param>
    /// <returns>null on success, otherwise the status the vehicle actually has.</returns>
    public async Task<VehicleStatus?> TryMoveAsync(string vehicleId, VehicleStatus expected, VehicleStatus next, string? assignment = null)
    {
        var result = (string?)await _redis.GetDatabase().ScriptEvaluateAsync(MoveIfStatus, new
        {
            status = (RedisKey)StatusKey,
            assignments = (RedisKey)AssignmentKey,
            id = vehicleId,
            expected = expected.ToString(),
            next = next.ToString(),
            assignment = assignment ?? "-",
        });
        return result == "OK" ? null : Enum.Parse<VehicleStatus>(result!);
    }

    /// <summary>
    /// Sends the vehicle on <paramref name="assignment"/>: from Available, or from Returning or Relocating (a crew driving
    /// back, or to a standby post, is free for the next mission), to Dispatched.
    /// </summary>
    /// <returns>the status it was taken from, or the busy status that refused it.</returns>
    public async Task<(bool Taken, VehicleStatus Status)> TryTakeAsync(string vehicleId, string assignment)
    {
        var actual = await TryMoveAsync(vehicleId, VehicleStatus.Available, VehicleStatus.Dispatched, assignment);
        if (actual is null) return (true, VehicleStatus.Available);
        if (actual is not (VehicleStatus.Returning or VehicleStatus.Relocating)) return (false, actual.Value);
        var from = actual.Value;
        actual = await TryMoveAsync(vehicleId, from, VehicleStatus.Dispatched, assignment);
        return actual is null ? (true, from) : (false, actual.Value);
    }

    // Compare-and-set on the assignment: hands a vehicle from one mission to the next without touching its status.
    private static readonly LuaScript MoveIfAssigned = LuaScript.Prepare("""
        local current = redis.call('HGET', @assignments, @id)
        if current ~= @expected then return 0 end
        redis.call('HSET', @assignments, @id, @next)
        return 1
        """);

    /// <summary>
    /// Passes the vehicle from mission <paramref name="expected"/> to mission <paramref name="next"/> (a 120 call
    /// becoming a referral, or back), keeping its status; false when it no longer serves <paramref name="expected"/>.
    /// </summary>
    public async Task<bool> TryHandOverAsync(string vehicleId, string expected, string next) =>
        (int)await _redis.GetDatabase().ScriptEvaluateAsync(MoveIfAssigned, new
        {
            assignments = (RedisKey)AssignmentKey,
            id = vehicleId,
            expected,
            next,
        }) == 1;

    public async Task<string?> AssignmentAsync(string vehicleId) =>
        (string?)await _redis.GetDatabase().HashGetAsync(AssignmentKey, vehicleId);

    public ValueTask DisposeAsync() => _writes.DisposeAsync();
}

/// <summary>Generated (reflection-free) JSON for the positions kept in the last-seen hash; the same shape as the web defaults.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(VehiclePosition))]
internal sealed partial class FleetJson : System.Text.Json.Serialization.JsonSerializerContext;
