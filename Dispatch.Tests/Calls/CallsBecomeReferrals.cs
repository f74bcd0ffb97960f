using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Consistency;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Calls;

/// <summary>
/// A crew on a 120 call finds a patient who needs a capable hospital; the emergency centre turns the call into a
/// green-channel referral ranked from the scene, carried by the call's own ambulance, with the call kept in step.
/// </summary>
[TestFixture]
public sealed class CallsBecomeReferrals : CallsFixture
{
    // Next to Chengdu Sixth People's Hospital (PCI) and next to Chengdu Third People's Hospital (PCI).
    private const double NearSixthLon = 104.1040, NearSixthLat = 30.6690;
    private const double NearThirdLon = 104.0600, NearThirdLat = 30.6715;
    private const string Sixth = "h-1964425450", Third = "h-4201795163";

    private static object StemiReferral(int age = 64) => new
    {
        patient = new
        {
            age, sex = "male", tier = "red", condition = "急性 ST 段抬高型心肌梗死，胸痛 40 分钟",
            vitals = new { spO2 = 93, heartRate = 112, systolicBp = 92, diastolicBp = 60, respiratoryRate = 24, consciousness = "alert" },
        },
        requiredCapabilities = new[] { "pci" },
        priority = 1,
    };

    /// <summary>A call at the given place with <paramref name="vehicleId"/> sent and its crew on scene.</summary>
    private async Task<(Call Call, HubConnection Crew)> CrewOnSceneAsync(string vehicleId, double lon, double lat)
    {
        var call = await CreateAsync(EmergencyAt(lon, lat));
        (await AssignAsync(call.Id, vehicleId)).EnsureSuccessStatusCode();
        var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "EnRoute");
        var onScene = await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "OnScene");
        return (onScene, crew);
    }

    private async Task<HttpResponseMessage> ReferAsync(string callId, object body, string? key = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{callId}/referral") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return await (client ?? Dispatcher).SendAsync(request);
    }

    private static async Task<JsonElement> ReferralOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("referral");
    }

    private async Task<Call> CallAsync(string id) => (await Dispatcher.GetFromJsonAsync<Call>($"/api/calls/{id}", Json))!;

    private async Task<string> VehicleStatusAsync(string vehicleId)
    {
        var fleet = await Dispatcher.GetFromJsonAsync<JsonElement>("/api/fleet/vehicles");
        return fleet.EnumerateArray().Single(v => v.GetProperty("id").GetString() == vehicleId).GetProperty("status").GetString()!;
    }

    [Test]
    public async Task The_referral_keeps_the_calls_ambulance_and_its_timeline()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-04", NearSixthLon, NearSixthLat);
        await using var _ = crew;

        using var response = await ReferAsync(call.Id, StemiReferral());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var referral = await ReferralOf(response);

        Assert.That(referral.GetProperty("callId").GetString(), Is.EqualTo(call.Id));
        Assert.That(referral.GetProperty("vehicleId").GetString(), Is.EqualTo("amb-04"));
        Assert.That(referral.GetProperty("request").GetProperty("requestingFacilityId").GetString(), Is.EqualTo("120"));
        var timeline = referral.GetProperty("timeline");
        Assert.That(timeline.GetProperty("enRouteAt").GetDateTimeOffset(), Is.EqualTo(call.Timestamps.EnRoute));
        Assert.That(timeline.GetProperty("atPatientAt").GetDateTimeOffset(), Is.EqualTo(call.Timestamps.OnScene));

        var referred = await CallAsync(call.Id);
        Assert.That(referred.ReferralId, Is.EqualTo(referral.GetProperty("id").GetString()));
        Assert.That(referred.Status, Is.EqualTo(CallStatus.OnScene));
        Assert.That(await VehicleStatusAsync("amb-04"), Is.EqualTo("onScene"));
    }

    [Test]
    public async Task Hospitals_are_ranked_from_the_scene_of_the_call()
    {
        var (east, eastCrew) = await CrewOnSceneAsync("amb-05", NearSixthLon, NearSixthLat);
        var (west, westCrew) = await CrewOnSceneAsync("amb-06", NearThirdLon, NearThirdLat);
        await using var _ = eastCrew;
        await using var __ = westCrew;

        var fromEast = await ReferralOf(await ReferAsync(east.Id, StemiReferral()));
        var fromWest = await ReferralOf(await ReferAsync(west.Id, StemiReferral()));

        Assert.That(fromEast.GetProperty("state").GetString(), Is.EqualTo("offered"));
        Assert.That(fromEast.GetProperty("offeredHospitalId").GetString(), Is.EqualTo(Sixth));
        Assert.That(fromWest.GetProperty("offeredHospitalId").GetString(), Is.EqualTo(Third));
        var origin = fromWest.GetProperty("origin");
        Assert.That(origin.GetProperty("lon").GetDouble(), Is.EqualTo(NearThirdLon));
        Assert.That(origin.GetProperty("lat").GetDouble(), Is.EqualTo(NearThirdLat));
    }

    [Test]
    public async Task The_crew_carries_the_transfer_and_the_call_records_each_step()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-07", NearSixthLon, NearSixthLat);
        await using var _ = crew;
        var referral = await ReferralOf(await ReferAsync(call.Id, StemiReferral()));
        var id = referral.GetProperty("id").GetString()!;
        using var hospital = await SignedInAsync("hospital.cd6", DemoAccounts.HospitalPassword);
        using var device = await SignedInAsync("device.amb-07", DemoAccounts.DevicePassword);

        var accepted = await ReferralOf(await hospital.PostAsync($"/api/referrals/{id}/accept", null));
        Assert.That(accepted.GetProperty("state").GetString(), Is.EqualTo("enRouteToPatient"));
        Assert.That(await VehicleStatusAsync("amb-07"), Is.EqualTo("onScene"), "the crew is still with the patient after acceptance");

        var refused = Assert.ThrowsAsync<HubException>(() => crew.InvokeAsync<Call>("ReportMilestone", call.Id, "Transporting"));
        Assert.That(refused!.Message, Does.Contain(id));

        await ReferralOf(await device.PostAsync($"/api/referrals/{id}/on-board", null));
        var transporting = await CallAsync(call.Id);
        Assert.That(transporting.Status, Is.EqualTo(CallStatus.Transporting));
        Assert.That(transporting.Timestamps.LeftScene, Is.Not.Null);
        Assert.That(transporting.DestinationHospitalId, Is.EqualTo(Sixth));
        Assert.That(await VehicleStatusAsync("amb-07"), Is.EqualTo("transporting"));

        await ReferralOf(await device.PostAsync($"/api/referrals/{id}/arrived", null));
        Assert.That((await CallAsync(call.Id)).Status, Is.EqualTo(CallStatus.AtHospital));

        await ReferralOf(await hospital.PostAsync($"/api/referrals/{id}/handover", null));
        var completed = await CallAsync(call.Id);
        Assert.That(completed.Status, Is.EqualTo(CallStatus.Completed));
        Assert.That(completed.Timestamps.AtHospital, Is.Not.Null);
        Assert.That(await VehicleStatusAsync("amb-07"), Is.EqualTo("returning"));
    }

    [Test]
    public async Task A_cancelled_referral_gives_the_call_back_its_ambulance()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-08", NearThirdLon, NearThirdLat);
        await using var _ = crew;
        var id = (await ReferralOf(await ReferAsync(call.Id, StemiReferral()))).GetProperty("id").GetString()!;

        var cancelled = await ReferralOf(await Dispatcher.PostAsJsonAsync($"/api/referrals/{id}/cancel", new { reason = "家属要求就近送医" }));
        Assert.That(cancelled.GetProperty("state").GetString(), Is.EqualTo("cancelled"));

        var back = await CallAsync(call.Id);
        Assert.That(back.ReferralId, Is.Null);
        Assert.That((await crew.InvokeAsync<Call?>("CurrentAssignment"))!.Id, Is.EqualTo(call.Id));
        var transporting = await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "Transporting");
        Assert.That(transporting.Status, Is.EqualTo(CallStatus.Transporting));
    }

    [Test]
    public async Task A_call_is_referred_once_and_a_repeated_key_returns_the_same_referral()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-09", NearSixthLon, NearSixthLat);
        await using var _ = crew;
        using var second = await SignedInAsync("dispatcher2", DemoAccounts.DispatcherPassword);

        var racing = await Task.WhenAll(ReferAsync(call.Id, StemiReferral(), client: Dispatcher), ReferAsync(call.Id, StemiReferral(), client: second));
        Assert.That(racing.Select(r => r.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var winner = await ReferralOf(racing.Single(r => r.StatusCode == HttpStatusCode.Created));

        var (other, otherCrew) = await CrewOnSceneAsync("amb-10", NearThirdLon, NearThirdLat);
        await using var __ = otherCrew;
        using var first = await ReferAsync(other.Id, StemiReferral(), key: "refer-once");
        using var repeat = await ReferAsync(other.Id, StemiReferral(), key: "refer-once");
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(repeat.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ReferralOf(repeat)).GetProperty("id").GetString(), Is.EqualTo((await ReferralOf(first)).GetProperty("id").GetString()));
        Assert.That(winner.GetProperty("callId").GetString(), Is.EqualTo(call.Id));
    }

    [Test]
    public async Task A_call_without_an_ambulance_on_the_way_or_a_transport_cannot_be_referred()
    {
        var queued = await CreateAsync(EmergencyAt());
        var transport = await CreateAsync(new { kind = "Transport", lon = 104.07, lat = 30.67, chiefComplaint = "出院回家", priority = 4 });

        using var fromQueued = await ReferAsync(queued.Id, StemiReferral());
        using var fromTransport = await ReferAsync(transport.Id, StemiReferral());
        using var unknown = await ReferAsync("C19990101-0001", StemiReferral());

        Assert.That(fromQueued.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await fromQueued.Content.ReadAsStringAsync(), Does.Contain("Queued"));
        Assert.That(fromTransport.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await CallAsync(queued.Id)).ReferralId, Is.Null);
    }

    [Test]
    public async Task A_bad_referral_names_the_fields_and_changes_nothing()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-11", NearSixthLon, NearSixthLat);
        await using var _ = crew;

        using var response = await ReferAsync(call.Id, new { patient = new { age = 200, sex = "male", tier = "red", condition = "" }, requiredCapabilities = new[] { "pci" } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.TryGetProperty("patient.age", out var _), Is.True, errors.ToString());
        Assert.That(errors.TryGetProperty("priority", out var _), Is.True, errors.ToString());
        Assert.That((await CallAsync(call.Id)).ReferralId, Is.Null);
        Assert.That(await VehicleStatusAsync("amb-11"), Is.EqualTo("onScene"));
    }

    [Test]
    public async Task The_claim_the_hand_over_and_the_referral_are_stored_together_and_the_checker_finds_them_agreeing()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-03", NearThirdLon, NearThirdLat);
        await using var _ = crew;

        var id = (await ReferralOf(await ReferAsync(call.Id, StemiReferral()))).GetProperty("id").GetString()!;

        var db = RedisClient.GetDatabase();
        Assert.That((string?)await db.HashGetAsync(FleetStore.AssignmentKey, "amb-03"), Is.EqualTo("R:" + id));
        Assert.That((await CallAsync(call.Id)).ReferralId, Is.EqualTo(id));
        var disagreements = await new InvariantChecker(RedisClient).CheckAsync();
        Assert.That(disagreements.Where(d => d.Subject.Contains(call.Id) || d.Subject.Contains(id) || d.Subject.Contains("amb-03")), Is.Empty);
    }

    [Test]
    public async Task A_claim_naming_a_referral_that_does_not_exist_is_reported_by_the_checker()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-02", NearThirdLon, NearThirdLat);
        await using var _ = crew;
        // What the old three-write hand-over left behind when the server died between its writes.
        var db = RedisClient.GetDatabase();
        var stored = (await CallAsync(call.Id)) with { ReferralId = "never-stored", ReferredAt = DateTimeOffset.UtcNow };
        await db.HashSetAsync($"dispatch:call:{call.Id}", "json", JsonSerializer.Serialize(stored, Json));
        await db.HashSetAsync(FleetStore.AssignmentKey, "amb-02", "R:never-stored");

        var rules = (await new InvariantChecker(RedisClient).CheckAsync()).Select(d => d.Rule).ToList();

        Assert.That(rules, Does.Contain("claim-names-missing-referral"));
        Assert.That(rules, Does.Contain("mission-missing"));
    }

    [Test]
    public async Task Only_a_dispatcher_may_refer_a_call()
    {
        var (call, crew) = await CrewOnSceneAsync("amb-12", NearSixthLon, NearSixthLat);
        await using var _ = crew;
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);

        using var response = await ReferAsync(call.Id, StemiReferral(), client: doctor);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await CallAsync(call.Id)).ReferralId, Is.Null);
    }
}
