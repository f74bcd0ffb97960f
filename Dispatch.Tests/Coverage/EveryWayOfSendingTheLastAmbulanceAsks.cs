using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// The township's-last-ambulance confirmation is one rule for every command that sends an ambulance: a referral's vehicle,
/// and a replacement vehicle for a call or a referral ask exactly as a call's assignment does, and go once confirmed.
/// </summary>
[TestFixture]
public sealed class EveryWayOfSendingTheLastAmbulanceAsks : CoverageServer
{
    // The patients are at community centre g-01, outside every township. The tests share one server, so each uses a
    // township of its own: its health centre's ambulance, at home, is the only one there.
    private const double CallLon = 104.0745, CallLat = 30.6755;

    private sealed record Township(string ZoneId, string NameEn, string VehicleId, double Lon, double Lat);

    private static readonly Township Bali = new("g-10", "Bali Hospital", "amb-07", 104.1128769, 30.6851715);
    private static readonly Township Wannian = new("g-15", "Wannian Hospital", "amb-12", 104.1128122, 30.6588672);
    private static readonly Township Jiuxing = new("g-13", "Jiuxing Hospital", "amb-10", 104.1106739, 30.6626197);

    private async Task<HttpClient> WithTownshipCoveredByItsOwnAmbulanceAsync(Township township, string otherVehicle, double otherLon, double otherLat)
    {
        var dispatcher = await DispatcherAsync();
        await ReportAsync(township.VehicleId, township.Lon, township.Lat);
        await ReportAsync(otherVehicle, otherLon, otherLat);
        await Poll.UntilAsync(async () => AmbulancesIn(await CoverageAsync(dispatcher), township.ZoneId) == 1, Wait,
            $"{township.VehicleId} to be the only ambulance of {township.ZoneId} in the picture");
        return dispatcher;
    }

    private static async Task AssertAsksForAsync(HttpResponseMessage answer, Township township)
    {
        var body = await answer.Content.ReadAsStringAsync();
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), body);
        var problem = JsonNode.Parse(body)!;
        Assert.Multiple(() =>
        {
            Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("coverageGap"));
            Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("coverageGap"));
            Assert.That(problem["gap"]!["zoneId"]!.GetValue<string>(), Is.EqualTo(township.ZoneId));
            Assert.That(problem["gap"]!["nameEn"]!.GetValue<string>(), Is.EqualTo(township.NameEn), "the region names the township in English too");
        });
    }

    private static async Task<string> StatusOfAsync(HttpClient dispatcher, string vehicleId) =>
        (await dispatcher.GetFromJsonAsync<JsonNode>("/api/fleet/vehicles"))!.AsArray()
            .Single(v => v!["id"]!.GetValue<string>() == vehicleId)!["status"]!.GetValue<string>();

    private async Task<string> UrgentReferralAsync()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var created = await doctor.PostAsJsonAsync("/api/referrals", new
        {
            patient = new { age = 58, sex = "male", tier = "red", condition = "胸痛", vitals = new { spO2 = 93, heartRate = 110, systolicBp = 95, diastolicBp = 60, respiratoryRate = 24, consciousness = "alert" } },
            requiredCapabilities = new[] { "pci" },
            priority = 1,
            requestingFacilityId = "g-01",
            accompanyingStaff = new[] { new { name = "李护士", role = "nurse" } },
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["referral"]!["id"]!.GetValue<string>();
    }

    [Test]
    public async Task A_referrals_vehicle_asks_naming_the_gap_and_goes_once_that_township_is_confirmed()
    {
        using var dispatcher = await WithTownshipCoveredByItsOwnAmbulanceAsync(Bali, "amb-01", 104.0834342, 30.6629295);
        var referral = await UrgentReferralAsync();

        using var asked = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle", new { vehicleId = "amb-07" });
        await AssertAsksForAsync(asked, Bali);
        using var wrongZone = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle", new { vehicleId = "amb-07", confirmCoverageGap = "g-11" });
        Assert.That(wrongZone.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "confirming another township's gap does not count");
        Assert.That(await StatusOfAsync(dispatcher, "amb-07"), Is.EqualTo("available"), "nothing sent before the confirmation");

        using var confirmed = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle", new { vehicleId = "amb-07", confirmCoverageGap = "g-10" });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        Assert.That(JsonNode.Parse(await confirmed.Content.ReadAsStringAsync())!["referral"]!["vehicleId"]!.GetValue<string>(), Is.EqualTo("amb-07"));
        Assert.That(await StatusOfAsync(dispatcher, "amb-07"), Is.EqualTo("dispatched"));
    }

    [Test]
    public async Task Replacing_a_referrals_vehicle_with_the_townships_last_asks_too()
    {
        using var dispatcher = await WithTownshipCoveredByItsOwnAmbulanceAsync(Wannian, "amb-03", 104.0608456, 30.6707734);
        var referral = await UrgentReferralAsync();
        using var first = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle", new { vehicleId = "amb-03" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());

        using var asked = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle", new { vehicleId = "amb-12", reason = "vehicleBreakdown" });
        await AssertAsksForAsync(asked, Wannian);
        Assert.That(await StatusOfAsync(dispatcher, "amb-03"), Is.EqualTo("dispatched"), "the first ambulance still goes while the dispatcher decides");

        using var confirmed = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral}/assign-vehicle",
            new { vehicleId = "amb-12", reason = "vehicleBreakdown", confirmCoverageGap = "g-15" });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        Assert.That(await StatusOfAsync(dispatcher, "amb-12"), Is.EqualTo("dispatched"));
        Assert.That(await StatusOfAsync(dispatcher, "amb-03"), Is.Not.EqualTo("dispatched"), "the replaced ambulance is freed");
    }

    [Test]
    public async Task Replacing_a_calls_vehicle_with_the_townships_last_asks_too()
    {
        using var dispatcher = await WithTownshipCoveredByItsOwnAmbulanceAsync(Jiuxing, "amb-05", 104.0648676, 30.6963014);
        var call = await NewCallAsync(dispatcher, CallLon, CallLat);
        using var first = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/assign", new { vehicleId = "amb-05" });
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());

        using var asked = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/reassign", new { vehicleId = "amb-10", reason = "trafficDelay" });
        await AssertAsksForAsync(asked, Jiuxing);
        Assert.That(await StatusOfAsync(dispatcher, "amb-10"), Is.EqualTo("available"), "nothing sent before the confirmation");

        using var confirmed = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/reassign", new { vehicleId = "amb-10", reason = "trafficDelay", confirmCoverageGap = "g-13" });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        Assert.That(JsonNode.Parse(await confirmed.Content.ReadAsStringAsync())!["vehicleId"]!.GetValue<string>(), Is.EqualTo("amb-10"));
    }
}
