using System.Text.Json;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Server.Facilities;

public sealed record CapacityUpdate(Dictionary<string, int>? Beds, bool? OnDiversion);

/// <summary>
/// Beds and diversion as the hospitals report them during the day, kept in Redis over the facilities file's
/// values so every server instance ranks hospitals on the same, current picture.
/// </summary>
public sealed class HospitalBoard(FacilityRegistry registry, IConnectionMultiplexer redis, IHubContext<DispatchHub> hub, Commands.CommandRunner runner, TimeProvider clock)
{
    public const string CapacityKey = "dispatch:facilities:capacity";
    public const string HospitalChangedEvent = nameof(IDispatchClient.HospitalChanged);

    /// <summary>Hash of beds taken by accepted referrals (written by the referral store with each referral): id → "{hospital}|{capability}|held|occupied".</summary>
    public const string BedsHeldKey = "dispatch:referrals:beds-held";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Capacity(Dictionary<string, int> Beds, bool OnDiversion, string UpdatedBy, DateTimeOffset UpdatedAt);

    public async Task<IReadOnlyList<Hospital>> CurrentAsync()
    {
        var db = redis.GetDatabase();
        var storedTask = db.HashGetAllAsync(CapacityKey);
        var heldTask = db.HashGetAllAsync(BedsHeldKey);
        var stored = await storedTask;
        var held = HeldCounts(await heldTask);
        var byId = stored.ToDictionary(e => (string)e.Name!, e => JsonSerializer.Deserialize<Capacity>((string)e.Value!, Json)!);
        return registry.Hospitals.Select(h =>
        {
            var current = byId.TryGetValue(h.Id, out var c) ? h with { Beds = c.Beds, OnDiversion = c.OnDiversion } : h;
            return held.TryGetValue(h.Id, out var taken) ? current with { BedsHeld = taken } : current;
        }).ToList();
    }

    private static Dictionary<string, Dictionary<string, int>> HeldCounts(HashEntry[] entries)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var e in entries)
        {
            var parts = ((string?)e.Value ?? "").Split('|');
            if (parts.Length < 2) continue;
            if (!counts.TryGetValue(parts[0], out var byCapability)) counts[parts[0]] = byCapability = [];
            byCapability[parts[1]] = byCapability.GetValueOrDefault(parts[1]) + 1;
        }
        return counts;
    }

    /// <summary>Tells dispatchers and the hospital its beds changed (a referral took or gave back a bed).</summary>
    public async Task PublishAsync(string hospitalId)
    {
        if (await FindAsync(hospitalId) is { } hospital)
            await hub.Clients.Groups(HubGroups.Dispatchers, HubGroups.Hospital(hospitalId)).SendAsync(HospitalChangedEvent, hospital);
    }

    public async Task<Hospital?> FindAsync(string id) => (await CurrentAsync()).FirstOrDefault(h => h.Id == id);

    public static Dictionary<string, string[]> Check(Hospital hospital, CapacityUpdate? update)
    {
        var errors = new Dictionary<string, string[]>();
        if (update is null || (update.Beds is null && update.OnDiversion is null)) errors["body"] = ["Give beds and/or onDiversion."];
        foreach (var (capability, beds) in update?.Beds ?? [])
        {
            if (!hospital.Capabilities.Contains(capability)) errors[$"beds.{capability}"] = [$"{hospital.Name} has no {capability} service."];
            else if (beds is < 0 or > 10_000) errors[$"beds.{capability}"] = ["Beds must be 0 to 10000."];
        }
        return errors;
    }

    /// <summary>
    /// Applies a hospital's report through the command runner: compared against the stored report it was decided from,
    /// so two desks correcting different capabilities at once both land.
    /// </summary>
    public async Task<Hospital> UpdateAsync(string hospitalId, CapacityUpdate update, string by, string? idempotencyKey = null)
    {
        var outcome = await runner.RunAsync($"Hospital {hospitalId}", Commands.IdempotencyKey.For(idempotencyKey, by, $"capacity/{hospitalId}"), async command =>
        {
            var db = redis.GetDatabase();
            var stored = await db.HashGetAsync(CapacityKey, hospitalId);
            var current = await FindAsync(hospitalId)
                ?? throw new Commands.Refusal(Commands.RefusalKind.NotFound, "hospital-not-found", $"Hospital {hospitalId} is not in the region.");
            var errors = Check(current, update);
            if (errors.Count > 0) throw new Commands.ValidationRefusal(errors, "The capacity report is invalid");
            var beds = new Dictionary<string, int>(current.Beds);
            foreach (var (capability, n) in update.Beds ?? []) beds[capability] = n;
            var capacity = new Capacity(beds, update.OnDiversion ?? current.OnDiversion, by, clock.GetUtcNow());
            command.Commit.CompareAndSet(CapacityKey, hospitalId, stored.IsNull ? "" : (string)stored!, JsonSerializer.Serialize(capacity, Json), $"hospital {hospitalId} capacity");

            // A fresh count of a capability's free beds already leaves out the patients handed over since the last one:
            // their beds stop counting in the same write, each only if no referral changed it meanwhile.
            var reported = (update.Beds ?? []).Keys.ToHashSet();
            var held = new Dictionary<string, int>(current.BedsHeld);
            foreach (var e in await db.HashGetAllAsync(BedsHeldKey))
            {
                if (((string?)e.Value ?? "").Split('|') is not [var h, var c, "occupied"] || h != hospitalId || !reported.Contains(c)) continue;
                command.Commit.Expect(BedsHeldKey, (string)e.Name!, (string)e.Value!, $"bed of referral {e.Name}");
                command.Commit.HashDelete(BedsHeldKey, (string)e.Name!);
                held[c] = Math.Max(0, held.GetValueOrDefault(c) - 1);
            }
            var updated = current with { Beds = beds, OnDiversion = capacity.OnDiversion, BedsHeld = held };
            command.Announce(() => hub.Clients.Groups(HubGroups.Dispatchers, HubGroups.Hospital(hospitalId)).SendAsync(HospitalChangedEvent, updated));
            return updated;
        }, h => h.Id, async id => await FindAsync(id) ?? throw new InvalidOperationException($"Hospital {id} vanished."));
        return outcome.Value;
    }
}
