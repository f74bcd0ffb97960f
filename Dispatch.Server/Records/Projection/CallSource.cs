using System.Text.Json.Nodes;
using Dispatch.Server.Accounts;
using Dispatch.Server.Calls;
using StackExchange.Redis;

namespace Dispatch.Server.Records.Projection;

/// <summary>
/// Reads 120 calls and non-emergency transports for the record from their Redis hash. A call keeps no audit stream
/// of its own: its transitions are its EMS timestamps, each written once, so each becomes one transition keyed by
/// the timestamp's name, and a replay finds the same keys.
/// </summary>
public sealed class CallSource(IConnectionMultiplexer redis, AccountStore accounts)
{
    private static RedisKey Key(string id) => $"dispatch:call:{id}";

    // Timestamp, the state it moved the call into, and the state before it, in mission order.
    private static readonly (string Stamp, string From, string To)[] Milestones =
    [
        ("dispatched", "Queued", "Dispatched"),
        ("enRoute", "Dispatched", "EnRoute"),
        ("onScene", "EnRoute", "OnScene"),
        ("leftScene", "OnScene", "Transporting"),
        ("atHospital", "Transporting", "AtHospital"),
        ("backInService", "AtHospital", "Completed"),
    ];

    public async Task<IReadOnlyList<string>> OpenIdsAsync() =>
        (await redis.GetDatabase().SortedSetRangeByRankAsync(CallStore.OpenKey)).Select(v => (string)v!).ToList();

    public async Task<IReadOnlyList<(string Id, long CreatedMs)>> CreatedSinceAsync(long sinceMs) =>
        (await redis.GetDatabase().SortedSetRangeByScoreWithScoresAsync(CallStore.AllKey, sinceMs, double.PositiveInfinity))
            .Select(e => ((string)e.Element!, (long)e.Score)).ToList();

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(IReadOnlyCollection<string> ids)
    {
        var db = redis.GetDatabase();
        var reads = ids.Select(id => (id, db.HashGetAsync(Key(id), "version"))).ToList();
        await Task.WhenAll(reads.Select(r => r.Item2));
        return reads.Where(r => !r.Item2.Result.IsNull).ToDictionary(r => r.id, r => (long)r.Item2.Result);
    }

    private static string Pascal(string s) => ReferralSource.Pascal(s);

    public async Task<CaseChange?> ReadAsync(string id)
    {
        var fields = await redis.GetDatabase().HashGetAsync(Key(id), ["version", "json"]);
        if (fields[1].IsNullOrEmpty) return null;
        var json = JsonNode.Parse((string)fields[1]!)!;
        var state = ReferralSource.Pascal(ReferralSource.Text(json["status"]) ?? "Queued");
        var stamps = json["timestamps"];
        var received = ReferralSource.Time(stamps?["received"]) ?? DateTimeOffset.UnixEpoch;
        var takenBy = ReferralSource.Text(json["takenBy"]) ?? "";
        var vehicle = ReferralSource.Text(json["vehicleId"]);
        var crew = vehicle is null ? "" : $"vehicle:{vehicle}";

        var transitions = new List<RecordTransition>
        {
            new(id, "received", "Receive", takenBy, accounts.Find(takenBy)?.Role ?? "", received, "", "Queued", null),
        };
        DateTimeOffset last = received;
        foreach (var (stamp, from, to) in Milestones)
        {
            if (ReferralSource.Time(stamps?[stamp]) is not { } at) continue;
            // Assignment is a dispatcher's act (or the transport queue's); the rest are the crew's reports.
            var (actor, role) = stamp == "dispatched" ? ("", Roles.Dispatcher) : (crew, Roles.Vehicle);
            transitions.Add(new(id, stamp, to, actor, role, at, from, to, null));
            last = at;
        }
        if (ReferralSource.Time(json["referredAt"]) is { } referredAt)
        {
            transitions.Add(new(id, "referred", "Refer", "", Roles.Dispatcher, referredAt, state, state, ReferralSource.Text(json["referralId"])));
        }
        // Dispatchers' actions are kept on the call as notes with who, when and why; each is one transition.
        var cancelNoted = false;
        if (json["notes"] is JsonArray notes)
        {
            for (var i = 0; i < notes.Count; i++)
            {
                var note = notes[i];
                var action = ReferralSource.Text(note?["action"]) ?? "";
                var actor = ReferralSource.Text(note?["actor"]) ?? "";
                var at = ReferralSource.Time(note?["at"]) ?? last;
                var reason = ReferralSource.Text(note?["reason"]);
                if (action == CallActions.Cancel)
                {
                    transitions.Add(new(id, "cancelled", "Cancel", actor, accounts.Find(actor)?.Role ?? Roles.Dispatcher, at, transitions[^1].ToState, "Cancelled", reason));
                    cancelNoted = true;
                }
                else
                {
                    var vehicleNamed = ReferralSource.Text(note?["vehicleId"]);
                    transitions.Add(new(id, $"note:{i}", Pascal(action), actor, accounts.Find(actor)?.Role ?? Roles.Dispatcher, at,
                        "Dispatched", "Dispatched", vehicleNamed is null ? reason : $"{reason} ({ReferralSource.Text(note?["previousVehicleId"])} → {vehicleNamed})"));
                }
            }
        }
        var final = state is "Completed" or "Cancelled";
        if (state == "Cancelled" && !cancelNoted)
        {
            // Calls cancelled before notes were kept have no cancellation time: the record places it after the last milestone.
            transitions.Add(new(id, "cancelled", "Cancel", "", Roles.Dispatcher, last, transitions[^1].ToState, "Cancelled", ReferralSource.Text(json["cancelReason"])));
        }
        var kind = string.Equals(ReferralSource.Text(json["kind"]), "Transport", StringComparison.OrdinalIgnoreCase) ? RecordKinds.Transport : RecordKinds.Call;
        return new CaseChange(new RecordCase(
            id, kind, ReferralSource.Text(json["number"]) ?? id, (long)fields[0], state, final,
            ReferralSource.Int(json["priority"]),
            ReferralSource.Text(json["chiefComplaint"]),
            ReferralSource.Text(json["callerPhone"]),
            null,
            ReferralSource.Text(json["destinationHospitalId"]),
            vehicle,
            received,
            final ? ReferralSource.Time(stamps?["backInService"]) ?? last : null,
            json.ToJsonString()), transitions);
    }
}
