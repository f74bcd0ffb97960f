using System.Globalization;
using System.Text.Json;
using Dispatch.Server.Referrals.Lifecycle;
using StackExchange.Redis;

namespace Dispatch.Server.Referrals.Persistence;

/// <summary>
/// Referrals in Redis. A save is one Lua script, so the version check, the new state, the audit entries,
/// the open-set membership, the offer countdown and the idempotency key change together or not at all.
/// Durability comes from Redis's append-only file (configured by ops).
/// </summary>
public sealed class ReferralStore(IConnectionMultiplexer redis)
{
    private static readonly TimeSpan IdempotencyLifetime = TimeSpan.FromHours(24);
    private const int AuditFields = 7;

    // KEYS: 1 referral hash, 2 audit stream, 3 open set, 4 timers, 5 idempotency key (or a placeholder), 6 index, 7 beds held
    // ARGV: 1 expected version, 2 new version, 3 json, 4 state, 5 id, 6 open?, 7 old timer, 8 new timer, 9 due,
    //       10 idempotency value, 11 idempotency ttl, 12 index score, 13 bed held ('' = none), 14.. audit entries in groups of 7
    private const string SaveScript = """
        if ARGV[10] ~= '' then
          local prior = redis.call('GET', KEYS[5])
          if prior then return {'duplicate', prior} end
        end
        local current = redis.call('HGET', KEYS[1], 'v') or '0'
        if current ~= ARGV[1] then return {'conflict', current} end
        redis.call('HSET', KEYS[1], 'v', ARGV[2], 'state', ARGV[4], 'json', ARGV[3])
        if ARGV[6] == '1' then redis.call('SADD', KEYS[3], ARGV[5]) else redis.call('SREM', KEYS[3], ARGV[5]) end
        if ARGV[7] ~= '' then redis.call('ZREM', KEYS[4], ARGV[7]) end
        if ARGV[8] ~= '' then redis.call('ZADD', KEYS[4], ARGV[9], ARGV[8]) end
        if ARGV[10] ~= '' then redis.call('SET', KEYS[5], ARGV[10], 'EX', ARGV[11]) end
        if ARGV[12] ~= '' then redis.call('ZADD', KEYS[6], ARGV[12], ARGV[5]) end
        if ARGV[13] ~= '' then redis.call('HSET', KEYS[7], ARGV[5], ARGV[13]) else redis.call('HDEL', KEYS[7], ARGV[5]) end
        for i = 14, #ARGV, 7 do
          redis.call('XADD', KEYS[2], '*', 'action', ARGV[i], 'actor', ARGV[i+1], 'role', ARGV[i+2], 'at', ARGV[i+3],
            'from', ARGV[i+4], 'to', ARGV[i+5], 'reason', ARGV[i+6])
        end
        return {'saved', ARGV[2]}
        """;

    private IDatabase Db => redis.GetDatabase();

    public async Task<Referral?> LoadAsync(string id)
    {
        var fields = await Db.HashGetAsync(ReferralKeys.Referral(id), ["v", "json"]);
        if (fields[1].IsNullOrEmpty) return null;
        var referral = JsonSerializer.Deserialize<Referral>((string)fields[1]!, ReferralJson.Options)
            ?? throw new InvalidDataException($"Referral {id} is stored empty.");
        referral.Version = (long)fields[0];
        return referral;
    }

    /// <summary>Loads several referrals; one that can no longer be read is reported and left out, so it cannot take the others down with it.</summary>
    public async Task<IReadOnlyList<Referral>> LoadManyAsync(IEnumerable<string> ids)
    {
        var loads = ids.Select(async id =>
        {
            try
            {
                return await LoadAsync(id);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                Unreadable?.Invoke(id, e);
                return null;
            }
        }).ToList();
        var loaded = await Task.WhenAll(loads);
        return loaded.OfType<Referral>().ToList();
    }

    /// <summary>Told about stored referrals that cannot be read (written by an incompatible version, or damaged).</summary>
    public Action<string, Exception>? Unreadable { get; set; }

    public async Task<IReadOnlyList<string>> OpenIdsAsync() =>
        (await Db.SetMembersAsync(ReferralKeys.Open)).Select(v => (string)v!).ToList();

    /// <summary>The most recently created referral ids, newest first.</summary>
    public async Task<IReadOnlyList<string>> RecentIdsAsync(int max) =>
        (await Db.SortedSetRangeByRankAsync(ReferralKeys.Index, 0, max - 1, Order.Descending)).Select(v => (string)v!).ToList();

    /// <summary>Ids of referrals created at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<string>> CreatedSinceAsync(DateTimeOffset since) =>
        (await Db.SortedSetRangeByScoreAsync(ReferralKeys.Index, since.ToUnixTimeMilliseconds(), double.PositiveInfinity)).Select(v => (string)v!).ToList();

    /// <summary>
    /// Stores <paramref name="referral"/> if the stored version is still <paramref name="expectedVersion"/>
    /// (0 for a new referral); the referral must already carry its new version.
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(
        Referral referral,
        long expectedVersion,
        string? previousTimer,
        IReadOnlyList<TransitionRecord> transitions,
        string? idempotencyKey)
    {
        var newTimer = OfferTimer(referral);
        var args = new List<RedisValue>
        {
            expectedVersion,
            referral.Version,
            JsonSerializer.Serialize(referral, ReferralJson.Options),
            referral.State.ToString(),
            referral.Id,
            referral.State.IsTerminal() ? "0" : "1",
            previousTimer ?? "",
            newTimer?.Member ?? "",
            newTimer?.DueMs ?? 0,
            idempotencyKey is null ? "" : referral.Id,
            (long)IdempotencyLifetime.TotalSeconds,
            expectedVersion == 0 ? referral.CreatedAt.ToUnixTimeMilliseconds() : "",
            BedHeld(referral),
        };
        foreach (var t in transitions)
        {
            args.AddRange([t.Action.ToString(), t.Actor, t.Role, t.At.ToString("o", CultureInfo.InvariantCulture),
                t.From.ToString(), t.To.ToString(), t.Reason ?? ""]);
        }
        RedisKey[] keys =
        [
            ReferralKeys.Referral(referral.Id),
            ReferralKeys.Audit(referral.Id),
            ReferralKeys.Open,
            ReferralKeys.OfferTimers,
            idempotencyKey ?? "dispatch:idempotency:-",
            ReferralKeys.Index,
            ReferralKeys.BedsHeld,
        ];

        var result = (RedisResult[])(await Db.ScriptEvaluateAsync(SaveScript, keys, args.ToArray()))!;
        return (string)result[0]! switch
        {
            "saved" => new SaveOutcome(SaveStatus.Saved),
            "conflict" => new SaveOutcome(SaveStatus.VersionConflict),
            "duplicate" => new SaveOutcome(SaveStatus.Duplicate, (string?)result[1]),
            var other => throw new InvalidOperationException($"Unexpected save result {other}."),
        };
    }

    /// <summary>
    /// The referral's bed as the hospital board counts it, "{hospital}|{capability}|held" or "|occupied"; empty once
    /// released. Written in the same step as the referral, so an acceptance holds exactly one bed whichever instance stored it.
    /// </summary>
    public static string BedHeld(Referral referral) => referral.ReservedBed switch
    {
        { Holds: true, OccupiedAt: null } b => $"{b.HospitalId}|{b.Capability}|held",
        { Holds: true } b => $"{b.HospitalId}|{b.Capability}|occupied",
        _ => "",
    };

    /// <summary>What an idempotency key already produced, if anything.</summary>
    public async Task<string?> IdempotentResultAsync(string idempotencyKey) => await Db.StringGetAsync(idempotencyKey);

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(string id)
    {
        var entries = await Db.StreamRangeAsync(ReferralKeys.Audit(id));
        return entries.Select(e =>
        {
            string F(string name) => (string?)e[name] ?? "";
            var reason = F("reason");
            return new AuditEntry(e.Id!, new TransitionRecord(
                Enum.Parse<ReferralAction>(F("action")), F("actor"), F("role"),
                DateTimeOffset.Parse(F("at"), CultureInfo.InvariantCulture),
                Enum.Parse<ReferralState>(F("from")), Enum.Parse<ReferralState>(F("to")),
                reason.Length == 0 ? null : reason));
        }).ToList();
    }

    /// <summary>The countdown member and due time the referral should have in Redis, or null if it is not being offered.</summary>
    public static (string Member, long DueMs)? OfferTimer(Referral referral) =>
        referral is { State: ReferralState.Offered, OfferExpiresAt: { } due }
            ? (ReferralKeys.TimerMember(referral.Id, referral.OfferNumber), due.ToUnixTimeMilliseconds())
            : null;
}
