using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Tools.Simulation;

/// <summary>A green-channel transfer carried by the simulator's crew: it drives to the patient, then to the hospital, and back into service.</summary>
[TestFixture]
public sealed class SimulatedCrewCarriesAReferralToHandOver
{
    private const string Hospital = "h-4201795163"; // 成都第三人民医院, account hospital.cd3

    [Test]
    public async Task The_crew_drives_the_transfer_and_the_vehicle_returns_to_service()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await DispatchServerProcess.StartAsync(redis);
        await using var simulator = SimulatorProcess.Start(server, "amb-03");
        using var doctor = server.ClientWithToken(await server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        using var hospital = server.ClientWithToken(await server.SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var dispatcher = server.ClientWithToken(await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        var seenByDoctor = new System.Collections.Concurrent.ConcurrentBag<VehiclePosition>();
        var seenByOtherDoctor = new System.Collections.Concurrent.ConcurrentBag<VehiclePosition>();
        await using var doctorHub = server.Hub(await server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        await using var otherDoctorHub = server.Hub(await server.SignInAsync(DemoAccounts.DoctorB, DemoAccounts.DoctorPassword));
        doctorHub.On<VehiclePosition[]>(PositionBroadcaster.EventName, batch => { foreach (var p in batch) seenByDoctor.Add(p); });
        otherDoctorHub.On<VehiclePosition[]>(PositionBroadcaster.EventName, batch => { foreach (var p in batch) seenByOtherDoctor.Add(p); });
        await doctorHub.StartJoinedAsync();
        await otherDoctorHub.StartJoinedAsync();

        // The device is on the road (it reports its station position) before it is sent.
        await Poll.UntilAsync(async () => (await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Position is not null,
            TimeSpan.FromSeconds(60), "the simulated vehicle to report\n" + simulator.Log);

        var request = new GreenChannelRequest(
            new PatientSummary(68, Sex.Female, Tier.Red, "疑似急性心梗，胸痛40分钟", new Vitals(90, 112, 95, 60, 24, Consciousness.Alert)),
            [Capability.Icu], Priority.VeryUrgent, "g-01", [new AccompanyingStaff("陈护士", "nurse", "13800000000")]);
        using var created = await doctor.PostAsync("/api/referrals", JsonContent.Create(request, options: ReferralJson.Options));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referral").GetProperty("id").GetString()!;

        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = Hospital })).EnsureSuccessStatusCode();
        (await hospital.PostAsync($"/api/referrals/{id}/accept", null)).EnsureSuccessStatusCode();
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/assign-vehicle", new { vehicleId = "amb-03" })).EnsureSuccessStatusCode();
        Assert.That((await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Status, Is.EqualTo("Dispatched"));

        await Poll.UntilAsync(async () => await StateAsync(doctor, id) == "arrivedAtHospital", TimeSpan.FromSeconds(120),
            "the crew to reach the hospital\n" + simulator.Log);
        // The fleet follows the stored referral change a moment after it is visible.
        await Poll.UntilAsync(async () => (await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Status == "AtHospital",
            TimeSpan.FromSeconds(10), "the vehicle to follow the referral to the hospital");
        // The requesting doctor followed the vehicle live; a doctor of another facility saw nothing of it.
        Assert.That(seenByDoctor.Count(p => p.VehicleId == "amb-03"), Is.GreaterThan(3));
        Assert.That(seenByOtherDoctor, Is.Empty);
        (await hospital.PostAsync($"/api/referrals/{id}/handover", null)).EnsureSuccessStatusCode();

        await Poll.UntilAsync(async () => (await FleetAsync(dispatcher)).Single(v => v.Id == "amb-03").Status == "Available",
            TimeSpan.FromSeconds(120), "the vehicle to return to service\n" + simulator.Log);
        var timeline = await doctor.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}/timeline");
        var t = timeline.GetProperty("timeline");
        foreach (var stamp in new[] { "enRouteAt", "atPatientAt", "patientOnBoardAt", "arrivedAtDestinationAt", "transferOfCareAt" })
            Assert.That(t.GetProperty(stamp).ValueKind, Is.EqualTo(JsonValueKind.String), stamp);
    }

    private static async Task<string?> StateAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/referrals/{id}")).GetProperty("referral").GetProperty("state").GetString();

    private static async Task<VehicleView[]> FleetAsync(HttpClient dispatcher) =>
        (await dispatcher.GetFromJsonAsync<VehicleView[]>("/api/fleet/vehicles"))!;
}
