using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Tools.Soak;

namespace Dispatch.Tests.Security;

/// <summary>
/// Puts a fresh referral of doctor A's facility (g-01) a number of steps along the happy path, each step taken by
/// the caller whose job it is: offered to and accepted by H1, carried by V1. Needs Referrals:AutoMatch=false.
/// </summary>
public sealed class ReferralStager(CallerTokens callers, Infrastructure.RedisServer redis)
{
    public const string VehicleV1 = "amb-01";
    public const string FacilityA = "g-01";
    public const string HospitalH1 = "h-4201795163";
    public const string HospitalH2 = "h-4064241022";

    public static readonly IReadOnlyList<(string Verb, Caller By, object? Body)> HappyPath =
    [
        // Every stage's acceptance holds one of H1's beds and nothing frees them, so the dispatcher and H1 confirm the override
        // once H1 reports none free; the bed check itself is proven by the green-channel tests.
        ("offer", Caller.Dispatcher, new { hospitalId = HospitalH1, confirmed = true }),
        ("accept", Caller.HospitalH1, new { confirmed = true }),
        ("assign-vehicle", Caller.Dispatcher, new { vehicleId = VehicleV1 }),
        ("en-route", Caller.VehicleV1, null),
        ("on-scene", Caller.VehicleV1, null),
        ("on-board", Caller.VehicleV1, null),
        ("arrived", Caller.VehicleV1, null),
        ("handover", Caller.HospitalH1, null),
    ];

    /// <returns>the id of a referral that has been through the first <paramref name="steps"/> steps after its request.</returns>
    public async Task<string> StageAsync(int steps, string condition = "Staged for the matrix")
    {
        using var doctor = callers.Client(Caller.DoctorA);
        var response = await doctor.PostAsJsonAsync("/api/referrals", ReferralClient.Request(FacilityA, condition));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Creating a referral failed: {(int)response.StatusCode} {text}");
        var id = JsonNode.Parse(text)!["referral"]!["id"]!.GetValue<string>();
        foreach (var (verb, by, body) in HappyPath.Take(steps))
        {
            // Every staged referral borrows V1, and a vehicle serves one mission at a time: stand it down first, as a
            // crew reporting back in service would, so each stage is independent of the ones before.
            if (verb == "assign-vehicle") await FreeVehicleAsync();
            using var client = callers.Client(by);
            using var step = await client.PostAsJsonAsync($"/api/referrals/{id}/{verb}", body ?? new { });
            if (!step.IsSuccessStatusCode)
                throw new InvalidOperationException($"Staging {verb} by {by} failed: {(int)step.StatusCode} {await step.Content.ReadAsStringAsync()}");
        }
        return id;
    }

    private async Task FreeVehicleAsync()
    {
        await using var mux = await redis.ConnectAsync();
        var db = mux.GetDatabase();
        await db.HashDeleteAsync(Dispatch.Server.Fleet.FleetStore.StatusKey, VehicleV1);
        await db.HashDeleteAsync(Dispatch.Server.Fleet.FleetStore.AssignmentKey, VehicleV1);
    }
}
