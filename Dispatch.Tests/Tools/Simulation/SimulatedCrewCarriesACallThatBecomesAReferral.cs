using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Tools.Simulation;

/// <summary>
/// The simulator's crew is sent on a 120 call that the emergency centre then refers: the crew carries on as the
/// referral's crew, picks the patient up at the scene once a hospital has accepted, and the call follows the transfer.
/// </summary>
[TestFixture]
public sealed class SimulatedCrewCarriesACallThatBecomesAReferral
{
    private const string Hospital = "h-4201795163"; // 成都第三人民医院, account hospital.cd3 (PCI)
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    [Test]
    public async Task The_crew_switches_to_the_referral_and_the_call_ends_at_the_hospital()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await DispatchServerProcess.StartAsync(redis, new Dictionary<string, string> { ["Referrals:AutoMatch"] = "false" });
        await using var simulator = SimulatorProcess.Start(server, "amb-03");
        using var hospital = server.ClientWithToken(await server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var dispatcher = server.ClientWithToken(await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        await Poll.UntilAsync(async () => (await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Position is not null,
            TimeSpan.FromSeconds(60), "the simulated vehicle to report\n" + simulator.Log);

        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { kind = "Emergency", lon = 104.0640, lat = 30.6760, chiefComplaint = "突发胸痛伴大汗", priority = 1 });
        var call = (await created.Content.ReadFromJsonAsync<Call>(Json))!;
        (await dispatcher.PostAsJsonAsync($"/api/calls/{call.Id}/assign", new { vehicleId = "amb-03" })).EnsureSuccessStatusCode();
        using var referred = await dispatcher.PostAsJsonAsync($"/api/calls/{call.Id}/referral", new
        {
            patient = new { age = 61, sex = "male", tier = "red", condition = "120 现场心电图 ST 段抬高", vitals = new { spO2 = 94 } },
            requiredCapabilities = new[] { "pci" },
            priority = 1,
        });
        Assert.That((int)referred.StatusCode, Is.EqualTo(201), await referred.Content.ReadAsStringAsync());
        var id = (await referred.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referral").GetProperty("id").GetString()!;

        // The crew reaches the scene on the referral's account, then waits with the patient for a hospital.
        await Poll.UntilAsync(async () => (await ReferralAsync(dispatcher, id)).GetProperty("timeline").TryGetProperty("atPatientAt", out var at)
                && at.ValueKind == JsonValueKind.String,
            TimeSpan.FromSeconds(120), "the crew to report on scene on the referral\n" + simulator.Log);
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = Hospital })).EnsureSuccessStatusCode();
        (await hospital.PostAsync($"/api/referrals/{id}/accept", null)).EnsureSuccessStatusCode();

        await Poll.UntilAsync(async () => (await ReferralAsync(dispatcher, id)).GetProperty("state").GetString() == "arrivedAtHospital",
            TimeSpan.FromSeconds(120), "the crew to bring the patient to the hospital\n" + simulator.Log);
        // The call and the fleet follow the stored referral change a moment after it is visible.
        Call atHospital = null!;
        await Poll.UntilAsync(async () => (atHospital = (await dispatcher.GetFromJsonAsync<Call>($"/api/calls/{call.Id}", Json))!).Status == CallStatus.AtHospital,
            TimeSpan.FromSeconds(10), "the call to follow the referral to the hospital");
        await Poll.UntilAsync(async () => (await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Status == "AtHospital",
            TimeSpan.FromSeconds(10), "the vehicle to follow the referral to the hospital");
        Assert.That(atHospital.DestinationHospitalId, Is.EqualTo(Hospital));
        Assert.That(atHospital.Timestamps.OnScene, Is.Not.Null);
        Assert.That(atHospital.Timestamps.LeftScene, Is.Not.Null);
    }

    private static async Task<JsonElement> ReferralAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).GetProperty("referral");

    private static async Task<VehicleView[]> FleetAsync(HttpClient dispatcher) =>
        (await dispatcher.GetFromJsonAsync<VehicleView[]>("/api/fleet/vehicles"))!;
}
