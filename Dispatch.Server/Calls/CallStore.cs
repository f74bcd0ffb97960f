using System.Text.Json;
using System.Text.Json.Serialization;
using StackExchange.Redis;

namespace Dispatch.Server.Calls;

/// <summary>
/// Calls in Redis, one hash per call holding its JSON and version. Every save compares the version, so a crew's
/// progress report and a dispatcher's action on the same call cannot overwrite each other.
/// </summary>
public sealed class CallStore(IConnectionMultiplexer redis)
{
    public const string OpenKey = "dispatch:calls:open";
    public const string AllKey = "dispatch:calls:all";
    private static string CallKey(string id) => $"dispatch:call:{id}";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly LuaScript SaveIfVersion = LuaScript.Prepare("""
        local current = redis.call('HGET', @key, 'version')
        if not current then current = '0' end
        if current ~= @expected then return current end
        redis.call('HSET', @key, 'json', @json, 'version', @next)
        redis.call('ZADD', @all, @received, @id)
        if @open == '1' then redis.call('ZADD', @openSet, @rank, @id) else redis.call('ZREM', @openSet, @id) end
        return 'OK'
        """);

    /// <summary>The call's number, which is also its id: C… for a 120 call, ZY… for a transport (see <see cref="Numbering.CaseNumbers"/>).</summary>
    public Task<string> NextIdAsync(CallKind kind, Numbering.CaseNumbers numbers) =>
        numbers.NextAsync(kind == CallKind.Transport ? Numbering.CaseKind.Transport : Numbering.CaseKind.Call);

    /// <summary>Saves <paramref name="call"/> if the stored version is still <paramref name="call"/>.Version.</summary>
    /// <returns>the saved call with its new version, or null when someone else changed it first.</returns>
    public async Task<Call?> TrySaveAsync(Call call)
    {
        var saved = call with { Version = call.Version + 1 };
        var result = (string?)await redis.GetDatabase().ScriptEvaluateAsync(SaveIfVersion, new
        {
            key = (RedisKey)CallKey(call.Id),
            all = (RedisKey)AllKey,
            openSet = (RedisKey)OpenKey,
            id = call.Id,
            expected = call.Version.ToString(),
            next = saved.Version.ToString(),
            json = JsonSerializer.Serialize(saved, Json),
            received = call.Timestamps.Received.ToUnixTimeMilliseconds(),
            // Most urgent first, then oldest first.
            rank = call.Priority * 10_000_000_000_000d + call.Timestamps.Received.ToUnixTimeMilliseconds(),
            open = saved.IsOpen ? "1" : "0",
        });
        return result == "OK" ? saved : null;
    }

    public async Task<Call?> FindAsync(string id)
    {
        var json = await redis.GetDatabase().HashGetAsync(CallKey(id), "json");
        return json.IsNull ? null : JsonSerializer.Deserialize<Call>((string)json!, Json);
    }

    public async Task<IReadOnlyList<Call>> OpenAsync() => await LoadAsync(await redis.GetDatabase().SortedSetRangeByRankAsync(OpenKey));

    public async Task<IReadOnlyList<Call>> SinceAsync(DateTimeOffset since) =>
        await LoadAsync(await redis.GetDatabase().SortedSetRangeByScoreAsync(AllKey, since.ToUnixTimeMilliseconds(), double.PositiveInfinity));

    // All reads go out at once (the multiplexer pipelines them) instead of one round trip per call.
    private async Task<IReadOnlyList<Call>> LoadAsync(RedisValue[] ids) =>
        (await Task.WhenAll(ids.Select(id => FindAsync(id!)))).OfType<Call>().ToList();

    /// <summary>Claims an idempotency key for a new call; returns the id already bound to the key when it was used before.</summary>
    public async Task<string?> ClaimIdempotencyKeyAsync(string key, string newId)
    {
        var db = redis.GetDatabase();
        var redisKey = $"dispatch:idem:calls:{key}";
        if (await db.StringSetAsync(redisKey, newId, TimeSpan.FromHours(24), When.NotExists)) return null;
        return await db.StringGetAsync(redisKey);
    }
}
