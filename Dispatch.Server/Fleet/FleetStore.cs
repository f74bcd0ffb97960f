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
    public const string AssignmentKey = "dispatch:fleet:assignment";

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

    /// <summary>The vehicle's status and mission, read in one round trip.</summary>
    public async Task<VehicleState> StateAsync(string vehicleId)
    {
        var db = _redis.GetDatabase();
        var status = db.HashGetAsync(StatusKey, vehicleId);
        var mission = db.HashGetAsync(AssignmentKey, vehicleId);
        await Task.WhenAll(status, mission);
        return new VehicleState(vehicleId,
            Enum.TryParse<VehicleStatus>(status.Result, out var s) ? s : VehicleStatus.Available,
            mission.Result.IsNullOrEmpty ? null : (string)mission.Result!);
    }

    /// <summary>
    /// Adds <paramref name="move"/> to a command's atomic write: stored only if the vehicle still has the status and
    /// mission the move was decided from, so two dispatchers (or two servers) cannot both move one vehicle.
    /// </summary>
    public static void Stage(Commands.AtomicCommit commit, VehicleMove move)
    {
        var id = move.VehicleId;
        commit.CompareAndSet(StatusKey, id, move.From.Status.ToString(), move.To.ToString(), $"vehicle {id} status", absent: nameof(VehicleStatus.Available));
        commit.CompareAndSet(AssignmentKey, id, move.From.Mission ?? "", move.ToMission ?? "", $"vehicle {id} mission");
        if (move.Watchers is { Count: > 0 } watchers) commit.HashSet(VehicleWatchers.Key, id, JsonSerializer.Serialize(watchers.Distinct().Order(StringComparer.Ordinal)));
        else if (move.Watchers is not null) commit.HashDelete(VehicleWatchers.Key, id);
    }

    public async Task<string?> AssignmentAsync(string vehicleId) =>
        (string?)await _redis.GetDatabase().HashGetAsync(AssignmentKey, vehicleId);

    public ValueTask DisposeAsync() => _writes.DisposeAsync();
}

/// <summary>Generated (reflection-free) JSON for the positions kept in the last-seen hash; the same shape as the web defaults.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[System.Text.Json.Serialization.JsonSerializable(typeof(VehiclePosition))]
internal sealed partial class FleetJson : System.Text.Json.Serialization.JsonSerializerContext;
