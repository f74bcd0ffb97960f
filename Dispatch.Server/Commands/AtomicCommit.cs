using System.Text.Json;
using StackExchange.Redis;

namespace Dispatch.Server.Commands;

/// <summary>
/// Everything one command changes in Redis, written by one Lua script: first every guard is checked (an idempotency
/// key not yet used, each compared field still as the command saw it), then every change is applied. Redis runs a
/// script alone and whole, so a call, its referral, the vehicle, the audit entries and the idempotency key land
/// together or not at all, whatever happens to the server or the connection around it.
/// </summary>
public sealed class AtomicCommit
{
    private readonly List<RedisKey> _keys = [];
    private readonly List<Dictionary<string, object>> _ops = [];

    public bool IsEmpty => _ops.Count == 0;

    private int KeyIndex(RedisKey key)
    {
        var i = _keys.IndexOf(key);
        if (i >= 0) return i + 1;
        _keys.Add(key);
        return _keys.Count;
    }

    private AtomicCommit Op(string type, RedisKey key, params (string Name, object Value)[] fields)
    {
        var op = new Dictionary<string, object> { ["t"] = type, ["k"] = KeyIndex(key) };
        foreach (var (name, value) in fields) op[name] = value;
        _ops.Add(op);
        return this;
    }

    /// <summary>Guard: the key must not exist (an idempotency key not used yet); applied: it is set for <paramref name="ttl"/>.</summary>
    public AtomicCommit Once(RedisKey key, string value, TimeSpan ttl) =>
        Op("once", key, ("v", value), ("ttl", ((long)ttl.TotalSeconds).ToString()));

    /// <summary>Guard: the hash field still holds <paramref name="expected"/> (<paramref name="absent"/> when missing); applied: it becomes <paramref name="next"/> ("" removes it).</summary>
    public AtomicCommit CompareAndSet(RedisKey key, string field, string expected, string next, string what, string absent = "") =>
        Op("cas", key, ("f", field), ("e", expected), ("v", next), ("d", absent), ("w", what));

    /// <summary>Guard only: the hash field still holds <paramref name="expected"/>.</summary>
    public AtomicCommit Expect(RedisKey key, string field, string expected, string what, string absent = "") =>
        Op("check", key, ("f", field), ("e", expected), ("d", absent), ("w", what));

    public AtomicCommit HashSet(RedisKey key, params string[] fieldsAndValues) => Op("hset", key, ("a", fieldsAndValues));
    public AtomicCommit HashDelete(RedisKey key, string field) => Op("hdel", key, ("f", field));
    public AtomicCommit SortedSetAdd(RedisKey key, string member, string score) => Op("zadd", key, ("m", member), ("s", score));
    public AtomicCommit SortedSetRemove(RedisKey key, string member) => Op("zrem", key, ("m", member));
    public AtomicCommit SetAdd(RedisKey key, string member) => Op("sadd", key, ("m", member));
    public AtomicCommit SetRemove(RedisKey key, string member) => Op("srem", key, ("m", member));
    public AtomicCommit StreamAdd(RedisKey key, params string[] fieldsAndValues) => Op("xadd", key, ("a", fieldsAndValues));

    // Numbers travel as strings: Lua would print a large number (a score in milliseconds) with 14 digits only.
    private const string Script = """
        local ops = cjson.decode(ARGV[1])
        for _, op in ipairs(ops) do
          if op.t == 'once' then
            local prior = redis.call('GET', KEYS[op.k])
            if prior then return {'duplicate', prior} end
          end
        end
        for _, op in ipairs(ops) do
          if op.t == 'cas' or op.t == 'check' then
            local current = redis.call('HGET', KEYS[op.k], op.f)
            if not current then current = op.d end
            if current ~= op.e then return {'conflict', op.w, current} end
          end
        end
        for _, op in ipairs(ops) do
          local k = KEYS[op.k]
          if op.t == 'once' then redis.call('SET', k, op.v, 'EX', op.ttl)
          elseif op.t == 'cas' then
            if op.v == '' then redis.call('HDEL', k, op.f) else redis.call('HSET', k, op.f, op.v) end
          elseif op.t == 'hset' then redis.call('HSET', k, unpack(op.a))
          elseif op.t == 'hdel' then redis.call('HDEL', k, op.f)
          elseif op.t == 'zadd' then redis.call('ZADD', k, op.s, op.m)
          elseif op.t == 'zrem' then redis.call('ZREM', k, op.m)
          elseif op.t == 'sadd' then redis.call('SADD', k, op.m)
          elseif op.t == 'srem' then redis.call('SREM', k, op.m)
          elseif op.t == 'xadd' then redis.call('XADD', k, '*', unpack(op.a))
          end
        end
        return {'ok'}
        """;

    public async Task<CommitOutcome> ExecuteAsync(IDatabase db)
    {
        if (IsEmpty) return CommitOutcome.Ok;
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(Script, _keys.ToArray(), [JsonSerializer.Serialize(_ops)]))!;
        return (string)result[0]! switch
        {
            "ok" => CommitOutcome.Ok,
            "duplicate" => new CommitOutcome(CommitStatus.Duplicate, (string?)result[1]),
            "conflict" => new CommitOutcome(CommitStatus.Conflict, $"{(string?)result[1]} is now '{(string?)result[2]}'"),
            var other => throw new InvalidOperationException($"Unexpected commit result {other}."),
        };
    }
}

public enum CommitStatus
{
    Committed,
    /// <summary>A compared field changed since the command read it: load, decide and try again.</summary>
    Conflict,
    /// <summary>The idempotency key was used already; the detail is what it recorded.</summary>
    Duplicate,
}

public sealed record CommitOutcome(CommitStatus Status, string? Detail = null)
{
    public static readonly CommitOutcome Ok = new(CommitStatus.Committed);
}
