using System.Text.Json;
using System.Text.Json.Serialization;
using StackExchange.Redis;

namespace Dispatch.Server.Calls;

/// <summary>
/// Calls in Redis, one hash per call holding its JSON and version. Every save is staged in a command's atomic write and compares the version, so a crew's
/// progress report and a dispatcher's action on the same call cannot overwrite each other.
/// </summary>
public sealed class CallStore(IConnectionMultiplexer redis)
{
    public const string OpenKey = "dispatch:calls:open";
    public const string AllKey = "dispatch:calls:all";
    private static string CallKey(string id) => $"dispatch:call:{id}";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The call's number, which is also its id: C… for a 120 call, ZY… for a transport (see <see cref="Numbering.CaseNumbers"/>).</summary>
    public Task<string> NextIdAsync(CallKind kind, Numbering.CaseNumbers numbers) =>
        numbers.NextAsync(kind == CallKind.Transport ? Numbering.CaseKind.Transport : Numbering.CaseKind.Call);

    /// <summary>
    /// Adds the save of <paramref name="call"/> to a command's atomic write, stored only if the call is still at
    /// <paramref name="call"/>.Version, so a crew's report and a dispatcher's action cannot overwrite each other.
    /// </summary>
    /// <returns>the call as it will be stored, with its new version.</returns>
    public static Call Stage(Commands.AtomicCommit commit, Call call)
    {
        var saved = call with { Version = call.Version + 1 };
        var key = CallKey(call.Id);
        commit.CompareAndSet(key, "version", call.Version.ToString(), saved.Version.ToString(), $"call {call.Id}", absent: "0");
        commit.HashSet(key, "json", JsonSerializer.Serialize(saved, Json));
        commit.SortedSetAdd(AllKey, call.Id, call.Timestamps.Received.ToUnixTimeMilliseconds().ToString());
        // Most urgent first, then oldest first.
        var rank = (call.Priority * 10_000_000_000_000L + call.Timestamps.Received.ToUnixTimeMilliseconds()).ToString();
        if (saved.IsOpen) commit.SortedSetAdd(OpenKey, call.Id, rank);
        else commit.SortedSetRemove(OpenKey, call.Id);
        return saved;
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
}
