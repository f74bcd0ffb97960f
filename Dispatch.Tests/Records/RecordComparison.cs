using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using StackExchange.Redis;

namespace Dispatch.Tests.Records;

/// <summary>
/// Reads the live store (Redis) and the record (PostgreSQL) independently of the projector's code and lists every
/// row on which they disagree: a missing or stale case, a transition missing, extra, or different in any field.
/// </summary>
public static class RecordComparison
{
    private static readonly string[] CallStamps = ["dispatched", "enRoute", "onScene", "leftScene", "atHospital", "backInService"];

    public sealed record Row(string CaseId, string Key, string Action, string Actor, string Role, long AtMs, string From, string To, string? Reason)
    {
        public override string ToString() => $"{CaseId}/{Key} {Action} {Actor}({Role}) @{AtMs} {From}->{To} {Reason}";
    }

    public static async Task<(int Cases, int Transitions)> CountsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        return (await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM record_cases"),
                await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM record_transitions"));
    }

    public static async Task<IReadOnlyList<string>> DifferencesAsync(IConnectionMultiplexer redis, string connectionString)
    {
        var db = redis.GetDatabase();
        var differences = new List<string>();
        var liveCases = new Dictionary<string, (long Version, string State)>();
        var liveRows = new List<Row>();

        foreach (var id in (await db.SortedSetRangeByRankAsync("dispatch:referrals:index")).Select(v => (string)v!))
        {
            var hash = await db.HashGetAsync($"dispatch:referral:{id}", ["v", "state"]);
            liveCases[id] = ((long)hash[0], (string)hash[1]!);
            foreach (var e in await db.StreamRangeAsync($"dispatch:referral:{id}:audit"))
            {
                var reason = (string?)e["reason"];
                liveRows.Add(new Row(id, e.Id!, (string)e["action"]!, (string)e["actor"]!, (string)e["role"]!,
                    DateTimeOffset.Parse((string)e["at"]!, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(),
                    (string)e["from"]!, (string)e["to"]!, string.IsNullOrEmpty(reason) ? null : reason));
            }
        }

        var callKeys = new Dictionary<string, HashSet<string>>();
        foreach (var id in (await db.SortedSetRangeByRankAsync("dispatch:calls:all")).Select(v => (string)v!))
        {
            var hash = await db.HashGetAsync($"dispatch:call:{id}", ["version", "json"]);
            var json = JsonNode.Parse((string)hash[1]!)!;
            var status = json["status"]!.GetValue<string>();
            liveCases[id] = ((long)hash[0], char.ToUpperInvariant(status[0]) + status[1..]);
            var keys = new HashSet<string> { "received" };
            foreach (var stamp in CallStamps)
                if (json["timestamps"]?[stamp] is JsonValue) keys.Add(stamp);
            if (json["referredAt"] is JsonValue) keys.Add("referred");
            if (json["notes"] is JsonArray notes)
                for (var i = 0; i < notes.Count; i++)
                    keys.Add(notes[i]!["action"]!.GetValue<string>() == "cancel" ? "cancelled" : $"note:{i}");
            if (keys.Count > 0 && status.Equals("Cancelled", StringComparison.OrdinalIgnoreCase)) keys.Add("cancelled");
            callKeys[id] = keys;
        }

        await using var conn = new NpgsqlConnection(connectionString);
        var recordCases = (await conn.QueryAsync<(string Id, long Version, string State)>("SELECT id, version, state FROM record_cases"))
            .ToDictionary(r => r.Id, r => (r.Version, r.State));
        var recordRows = (await conn.QueryAsync<(string CaseId, string StreamId, string Action, string Actor, string Role, DateTime At, string FromState, string ToState, string? Reason)>(
                "SELECT case_id, stream_id, action, actor, role, at, from_state, to_state, reason FROM record_transitions"))
            .Select(r => new Row(r.CaseId, r.StreamId, r.Action, r.Actor, r.Role, new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)).ToUnixTimeMilliseconds(), r.FromState, r.ToState, r.Reason))
            .ToList();

        foreach (var (id, live) in liveCases)
        {
            if (!recordCases.TryGetValue(id, out var kept)) differences.Add($"case {id} missing from the record");
            else if (kept != live) differences.Add($"case {id}: record has v{kept.Version} {kept.State}, Redis v{live.Version} {live.State}");
        }
        differences.AddRange(recordCases.Keys.Except(liveCases.Keys).Select(id => $"case {id} in the record but not in Redis"));

        var referralRecord = recordRows.Where(r => !callKeys.ContainsKey(r.CaseId)).ToHashSet();
        var liveSet = liveRows.ToHashSet();
        differences.AddRange(liveSet.Except(referralRecord).Select(r => $"transition missing or different in the record: {r}"));
        differences.AddRange(referralRecord.Except(liveSet).Select(r => $"transition in the record but not in the stream: {r}"));

        foreach (var (id, keys) in callKeys)
        {
            var kept = recordRows.Where(r => r.CaseId == id).Select(r => r.Key).ToHashSet();
            if (!kept.SetEquals(keys)) differences.Add($"call {id}: record has [{string.Join(",", kept)}], Redis implies [{string.Join(",", keys)}]");
        }
        return differences;
    }
}
