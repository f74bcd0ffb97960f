using System.Text.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using StackExchange.Redis;

namespace Dispatch.Server.Consistency;

/// <summary>
/// Every vehicle's status and mission, the open calls and referrals, the beds referrals hold, and every call or referral they name, read in one
/// script so the picture is of one instant even while commands keep running.
/// </summary>
public sealed record MissionSnapshot(
    IReadOnlyDictionary<string, VehicleStatus> Statuses,
    IReadOnlyDictionary<string, string> Missions,
    IReadOnlyDictionary<string, Call?> Calls,
    IReadOnlyDictionary<string, Referral?> Referrals,
    IReadOnlySet<string> OpenCallIds,
    IReadOnlySet<string> OpenReferralIds,
    IReadOnlyDictionary<string, string> BedsHeld)
{
    private const string Script = """
        local calls, refs = {}, {}
        local function addCall(id)
          if type(id) == 'string' and id ~= '' and calls[id] == nil then calls[id] = redis.call('HGET', ARGV[1] .. id, 'json') or false end
        end
        local function addRef(id)
          if type(id) == 'string' and id ~= '' and refs[id] == nil then refs[id] = redis.call('HGET', ARGV[2] .. id, 'json') or false end
        end
        local status = redis.call('HGETALL', KEYS[1])
        local missions = redis.call('HGETALL', KEYS[2])
        for i = 1, #missions, 2 do
          local m = missions[i + 1]
          if string.sub(m, 1, 2) == 'R:' then addRef(string.sub(m, 3)) else addCall(m) end
        end
        local openCalls = redis.call('ZRANGE', KEYS[3], 0, -1)
        for _, id in ipairs(openCalls) do addCall(id) end
        local openRefs = redis.call('SMEMBERS', KEYS[4])
        for _, id in ipairs(openRefs) do addRef(id) end
        local beds = redis.call('HGETALL', KEYS[5])
        for i = 1, #beds, 2 do addRef(beds[i]) end
        local callIds = {}
        for id, _ in pairs(calls) do table.insert(callIds, id) end
        for _, id in ipairs(callIds) do
          if calls[id] then addRef(cjson.decode(calls[id]).referralId) end
        end
        local refIds = {}
        for id, _ in pairs(refs) do table.insert(refIds, id) end
        for _, id in ipairs(refIds) do
          if refs[id] then addCall(cjson.decode(refs[id]).callId) end
        end
        local flatCalls, flatRefs = {}, {}
        for id, json in pairs(calls) do table.insert(flatCalls, id); table.insert(flatCalls, json or '') end
        for id, json in pairs(refs) do table.insert(flatRefs, id); table.insert(flatRefs, json or '') end
        return {status, missions, flatCalls, flatRefs, openCalls, openRefs, beds}
        """;

    public static async Task<MissionSnapshot> ReadAsync(IDatabase db)
    {
        var result = (RedisResult[])(await db.ScriptEvaluateAsync(Script,
            [FleetStore.StatusKey, FleetStore.AssignmentKey, CallStore.OpenKey, ReferralKeys.Open, ReferralKeys.BedsHeld],
            ["dispatch:call:", "dispatch:referral:"]))!;
        string[] Strings(int i) => ((RedisResult[])result[i]!).Select(r => (string)r!).ToArray();

        var statuses = Pairs(Strings(0)).Where(p => Enum.TryParse<VehicleStatus>(p.Value, out _))
            .ToDictionary(p => p.Key, p => Enum.Parse<VehicleStatus>(p.Value));
        var missions = Pairs(Strings(1)).Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value);
        var calls = Pairs(Strings(2)).ToDictionary(p => p.Key,
            p => p.Value.Length == 0 ? null : JsonSerializer.Deserialize<Call>(p.Value, CallStore.Json));
        var referrals = Pairs(Strings(3)).ToDictionary(p => p.Key,
            p => p.Value.Length == 0 ? null : JsonSerializer.Deserialize<Referral>(p.Value, ReferralJson.Options));
        return new MissionSnapshot(statuses, missions, calls, referrals, Strings(4).ToHashSet(), Strings(5).ToHashSet(),
            Pairs(Strings(6)).ToDictionary(p => p.Key, p => p.Value));
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(string[] flat)
    {
        for (var i = 0; i + 1 < flat.Length; i += 2) yield return new(flat[i], flat[i + 1]);
    }
}
