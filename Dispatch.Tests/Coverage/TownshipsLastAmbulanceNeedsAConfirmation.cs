using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Coverage;

/// <summary>Over HTTP: the cost of sending a township's only ambulance away, and the confirmation the assignment then needs.</summary>
[TestFixture]
public sealed class TownshipsLastAmbulanceNeedsAConfirmation : CoverageServer
{
    // 八里医院 (g-10), a township health centre with its own ambulance amb-07; the call is at community centre g-01.
    private const double BaliLon = 104.1128769, BaliLat = 30.6851715, CallLon = 104.0745, CallLat = 30.6755;

    [Test]
    public async Task Sending_it_out_of_its_township_asks_once_more_naming_the_gap_and_goes_once_confirmed()
    {
        using var dispatcher = await DispatcherAsync();
        await ReportAsync("amb-07", BaliLon, BaliLat);
        await ReportAsync("amb-03", 104.0608456, 30.6707734);
        await Poll.UntilAsync(async () => AmbulancesIn(await CoverageAsync(dispatcher), "g-10") == 1, Wait, "amb-07 to cover 八里 in the picture");

        var costs = JsonNode.Parse(await dispatcher.GetStringAsync(FormattableString.Invariant($"/api/coverage/cost?lon={CallLon}&lat={CallLat}&vehicles=amb-07,amb-03")))!;
        var seven = costs["costs"]!.AsArray().Single(c => c!["vehicleId"]!.GetValue<string>() == "amb-07")!;
        var three = costs["costs"]!.AsArray().Single(c => c!["vehicleId"]!.GetValue<string>() == "amb-03")!;
        Assert.Multiple(() =>
        {
            Assert.That(seven["gap"]!["zoneId"]!.GetValue<string>(), Is.EqualTo("g-10"), "the picker is told the gap beforehand");
            Assert.That(seven["lostShare"]!.GetValue<double>(), Is.GreaterThan(0), "demand newly outside target");
            Assert.That(seven["worstZone"]!["zoneId"]!.GetValue<string>(), Is.EqualTo("g-10"));
            Assert.That(seven["worstZone"]!["minutesAfter"]!.GetValue<double>(), Is.GreaterThan(seven["worstZone"]!["minutesBefore"]!.GetValue<double>()));
            Assert.That(three["gap"], Is.Null, "a 120 centre ambulance leaves no township without one");
        });

        var call = await NewCallAsync(dispatcher, CallLon, CallLat);
        using var asked = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/assign", new { vehicleId = "amb-07" });
        var problem = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!;
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("coverageGap"));
        Assert.That(problem["gap"]!["zoneId"]!.GetValue<string>(), Is.EqualTo("g-10"));
        Assert.That(problem["gap"]!["name"]!.GetValue<string>(), Is.EqualTo("八里医院"));

        using var wrongZone = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/assign", new { vehicleId = "amb-07", confirmCoverageGap = "g-11" });
        Assert.That(wrongZone.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "confirming another township's gap does not count");
        var vehicles = await dispatcher.GetFromJsonAsync<JsonNode>("/api/fleet/vehicles");
        Assert.That(vehicles!.AsArray().Single(v => v!["id"]!.GetValue<string>() == "amb-07")!["status"]!.GetValue<string>(), Is.EqualTo("available"), "nothing sent before the confirmation");

        using var confirmed = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/assign", new { vehicleId = "amb-07", confirmCoverageGap = "g-10" });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirmed.Content.ReadAsStringAsync());
        Assert.That(JsonNode.Parse(await confirmed.Content.ReadAsStringAsync())!["vehicleId"]!.GetValue<string>(), Is.EqualTo("amb-07"));

        // Committed now: it is out of the picture and never moved up.
        await Poll.UntilAsync(async () => AmbulancesIn(await CoverageAsync(dispatcher), "g-10") == 0, Wait, "amb-07 to leave the picture once dispatched");
        using var moveUp = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = "amb-07", postId = "g-10" });
        Assert.That(moveUp.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await moveUp.Content.ReadAsStringAsync(), Does.Contain("dispatched").IgnoreCase);
    }

    [Test]
    public async Task A_call_inside_its_own_township_needs_no_confirmation()
    {
        using var dispatcher = await DispatcherAsync();
        // 万年医院 (g-15) and its ambulance amb-12; the call is a few hundred metres from the centre.
        await ReportAsync("amb-12", 104.1128122, 30.6588672);
        await Poll.UntilAsync(async () => AmbulancesIn(await CoverageAsync(dispatcher), "g-15") == 1, Wait, "amb-12 in the picture");
        var call = await NewCallAsync(dispatcher, 104.1135, 30.6595);
        using var assigned = await dispatcher.PostAsJsonAsync($"/api/calls/{call}/assign", new { vehicleId = "amb-12" });
        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await assigned.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Bad_cost_and_move_up_requests_get_problem_details()
    {
        using var dispatcher = await DispatcherAsync();
        using var outside = await dispatcher.GetAsync("/api/coverage/cost?lon=0&lat=0&vehicles=amb-01");
        using var noVehicles = await dispatcher.GetAsync("/api/coverage/cost?lon=104.07&lat=30.67");
        using var noPost = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = "amb-01" });
        using var unknownPost = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = "amb-01", postId = "nowhere" });
        using var notAmbulance = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = "ne-01", postId = "g-10" });
        Assert.Multiple(() =>
        {
            Assert.That(outside.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noVehicles.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noPost.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(unknownPost.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(notAmbulance.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });
        Assert.That(outside.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }
}
