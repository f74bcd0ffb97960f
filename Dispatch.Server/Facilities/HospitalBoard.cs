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
    public const string HospitalChangedEvent = "HospitalChanged";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Capacity(Dictionary<string, int> Beds, bool OnDiversion, string UpdatedBy, DateTimeOffset UpdatedAt);

    public async Task<IReadOnlyList<Hospital>> CurrentAsync()
    {
        var stored = await redis.GetDatabase().HashGetAllAsync(CapacityKey);
        var byId = stored.ToDictionary(e => (string)e.Name!, e => JsonSerializer.Deserialize<Capacity>((string)e.Value!, Json)!);
        return registry.Hospitals.Select(h => byId.TryGetValue(h.Id, out var c) ? h with { Beds = c.Beds, OnDiversion = c.OnDiversion } : h).ToList();
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
            var stored = await redis.GetDatabase().HashGetAsync(CapacityKey, hospitalId);
            var current = await FindAsync(hospitalId)
                ?? throw new Commands.Refusal(Commands.RefusalKind.NotFound, "hospital-not-found", $"Hospital {hospitalId} is not in the region.");
            var errors = Check(current, update);
            if (errors.Count > 0) throw new Commands.ValidationRefusal(errors, "The capacity report is invalid");
            var beds = new Dictionary<string, int>(current.Beds);
            foreach (var (capability, n) in update.Beds ?? []) beds[capability] = n;
            var capacity = new Capacity(beds, update.OnDiversion ?? current.OnDiversion, by, clock.GetUtcNow());
            command.Commit.CompareAndSet(CapacityKey, hospitalId, stored.IsNull ? "" : (string)stored!, JsonSerializer.Serialize(capacity, Json), $"hospital {hospitalId} capacity");
            var updated = current with { Beds = beds, OnDiversion = capacity.OnDiversion };
            command.Announce(() => hub.Clients.Groups(HubGroups.Dispatchers, HubGroups.Hospital(hospitalId)).SendAsync(HospitalChangedEvent, updated));
            return updated;
        }, h => h.Id, async id => await FindAsync(id) ?? throw new InvalidOperationException($"Hospital {id} vanished."));
        return outcome.Value;
    }
}
