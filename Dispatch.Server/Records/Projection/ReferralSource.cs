using System.Globalization;
using System.Text.Json.Nodes;
using Dispatch.Server.Referrals.Persistence;
using StackExchange.Redis;

namespace Dispatch.Server.Records.Projection;

/// <summary>
/// Reads referrals for the record straight from their Redis hash and audit stream. The JSON is read by field name,
/// not through the live types, so a field the live side adds later does not break the record.
/// </summary>
public sealed class ReferralSource(IConnectionMultiplexer redis)
{
    private static readonly HashSet<string> Terminal = ["HandedOver", "Cancelled", "Failed"];

    public async Task<IReadOnlyList<string>> OpenIdsAsync() =>
        (await redis.GetDatabase().SetMembersAsync(ReferralKeys.Open)).Select(v => (string)v!).ToList();

    /// <summary>Referral ids created at or after <paramref name="sinceMs"/>, with their creation time, oldest first.</summary>
    public async Task<IReadOnlyList<(string Id, long CreatedMs)>> CreatedSinceAsync(long sinceMs) =>
        (await redis.GetDatabase().SortedSetRangeByScoreWithScoresAsync(ReferralKeys.Index, sinceMs, double.PositiveInfinity))
            .Select(e => ((string)e.Element!, (long)e.Score)).ToList();

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(IReadOnlyCollection<string> ids)
    {
        var db = redis.GetDatabase();
        var reads = ids.Select(id => (id, db.HashGetAsync(ReferralKeys.Referral(id), "v"))).ToList();
        await Task.WhenAll(reads.Select(r => r.Item2));
        return reads.Where(r => !r.Item2.Result.IsNull).ToDictionary(r => r.id, r => (long)r.Item2.Result);
    }

    public async Task<CaseChange?> ReadAsync(string id)
    {
        var db = redis.GetDatabase();
        var hash = db.HashGetAsync(ReferralKeys.Referral(id), ["v", "state", "json"]);
        var audit = db.StreamRangeAsync(ReferralKeys.Audit(id));
        var fields = await hash;
        var entries = await audit;
        if (fields[2].IsNullOrEmpty) return null;
        // A damaged stored referral is reported by the live side; the record skips it rather than stop projecting the rest.
        JsonNode json;
        try { json = JsonNode.Parse((string)fields[2]!)!; }
        catch (System.Text.Json.JsonException) { return null; }
        var state = fields[1].IsNullOrEmpty ? Pascal(json["state"]?.GetValue<string>() ?? "Identified") : (string)fields[1]!;
        var patient = json["request"]?["patient"];
        var timeline = json["timeline"];
        var final = Terminal.Contains(state);
        var transitions = entries.Select(e =>
        {
            string F(string name) => (string?)e[name] ?? "";
            var reason = F("reason");
            return new RecordTransition(id, e.Id!, F("action"), F("actor"), F("role"),
                DateTimeOffset.Parse(F("at"), CultureInfo.InvariantCulture).ToUniversalTime(), F("from"), F("to"), reason.Length == 0 ? null : reason);
        }).ToList();
        var closedAt = final
            ? Time(timeline?["transferOfCareAt"]) ?? Time(timeline?["closedAt"]) ?? (transitions.Count > 0 ? transitions[^1].At : null)
            : null;
        return new CaseChange(new RecordCase(
            id, RecordKinds.Referral, Text(json["number"]), (long)fields[0], state, final,
            PriorityOf(json["request"]?["priority"]),
            patient is null ? null : PatientLine.Of(Text(patient["sex"]), Int(patient["age"]), Text(patient["condition"])),
            null,
            Text(json["request"]?["requestingFacilityId"]),
            Text(json["acceptedHospitalId"]) ?? Text(json["offeredHospitalId"]),
            Text(json["vehicleId"]),
            Time(json["createdAt"]) ?? DateTimeOffset.UnixEpoch,
            closedAt,
            json.ToJsonString()), transitions);
    }

    internal static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
    internal static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
    internal static DateTimeOffset? Time(JsonNode? node) => Text(node) is { } s ? DateTimeOffset.Parse(s, CultureInfo.InvariantCulture).ToUniversalTime() : null;

    /// <summary>Priority is stored as 1..4 today; a name ("immediate") is read too, should the contract move to names.</summary>
    internal static int? PriorityOf(JsonNode? node) => Int(node) ?? Text(node)?.ToLowerInvariant() switch
    {
        "immediate" => 1, "veryurgent" => 2, "urgent" => 3, "standard" => 4, _ => null,
    };

    internal static string Pascal(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
