using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// A green-channel transfer driven by the simulated crew of amb-03: the doctor's card, the hospital's incoming board and
/// the dispatcher's map all show the ambulance's road route with a live ETA, in Chinese, and the route leaves every map
/// once the ambulance is at the hospital.
/// </summary>
public sealed class MissionRoutesAndEta : ConsoleFixture
{
    private const string Hospital = "h-4201795163"; // 成都第三人民医院, account hospital.cd3
    private const string Facility = "g-01";        // doctor.g-01's facility
    private const string Vehicle = "amb-03";
    private const string Condition = "疑似急性心梗，胸痛40分钟";
    // "预计 6 分钟到达患者 · 14:32 到达", "预计 12 分钟到院 · 14:38 到达", or "即将到达患者 · 14:32" at the very end.
    private static readonly Regex ChineseEta = new(@"^(预计 \d+ 分钟(到达患者|到院) · \d{2}:\d{2} 到达|即将(到达患者|到院) · \d{2}:\d{2})$");
    private const string RouteOf = "id => (window.dispatchConsole?.routes?.() ?? []).find(r => r.missionId === id && r.points > 1 && r.etaSeconds !== null) ?? null";

    [Test]
    public async Task The_doctor_hospital_and_dispatcher_see_the_ambulances_route_and_eta_until_it_arrives()
    {
        await using var simulator = SimulatorProcess.Start(Server, Vehicle, timeFactor: 8);
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var hospital = await SignedInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        using var dispatcher = await DispatcherAsync();
        var facilities = await dispatcher.GetFromJsonAsync<JsonElement>("/api/facilities");
        var patientAt = Place(facilities.GetProperty("grassroots"), Facility);
        var hospitalAt = Place(facilities.GetProperty("hospitals"), Hospital);

        await Poll.UntilAsync(async () => (await dispatcher.GetFromJsonAsync<JsonElement>("/api/fleet/vehicles")).EnumerateArray()
                .Any(v => v.GetProperty("id").GetString() == Vehicle && v.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object),
            TimeSpan.FromSeconds(60), "the simulated vehicle to report\n" + simulator.Log);

        // The transfer up to the vehicle, over the API (the consoles' own forms are covered by GreenChannelTransferEndToEnd).
        var request = new GreenChannelRequest(
            new PatientSummary(68, Sex.Female, Tier.Red, Condition, new Vitals(90, 112, 95, 60, 24, Consciousness.Alert)),
            [Capability.Icu], Priority.VeryUrgent, Facility, [new AccompanyingStaff("陈护士", "nurse", "13800000000")]);
        using var created = await doctor.PostAsync("/api/referrals", JsonContent.Create(request, options: ReferralJson.Options));
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("referral").GetProperty("id").GetString()!;
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = Hospital })).EnsureSuccessStatusCode();
        (await hospital.PostAsync($"/api/referrals/{id}/accept", null)).EnsureSuccessStatusCode();

        // All three consoles are open before the vehicle is sent, as they would be on shift.
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        var doctorCard = Page.Locator($".col-side .ref-card[data-id='{id}']");
        await Expect(doctorCard).ToContainTextAsync("医院已接收");
        await Expect(doctorCard.Locator(".ref-eta")).ToBeHiddenAsync();
        var hospitalPage = await OpenSignedInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword, "hospital");
        var dispatcherPage = await OpenSignedInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword, "dispatcher");

        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/assign-vehicle", new { vehicleId = Vehicle })).EnsureSuccessStatusCode();

        // Doctor: a route on the tracking map that ends at the road nearest its target, and an ETA line in Chinese.
        var doctorRoute = await RouteAsync(Page, id);
        AssertEndsNear(doctorRoute, doctorRoute.GetProperty("phase").GetString() == "toPatient" ? patientAt : hospitalAt);
        Assert.That(doctorRoute.GetProperty("vehicleId").GetString(), Is.EqualTo(Vehicle));
        await Expect(Page.Locator(".tracking-map path.route-line")).ToHaveCountAsync(1);
        var eta = doctorCard.Locator(".ref-eta");
        await Expect(eta).ToHaveTextAsync(ChineseEta);
        await Expect(Page.Locator(".tracking-map .leaflet-tile-loaded").First).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(Page, "doctor-eta");

        // Hospital: the incoming patient has the same kind of ETA line and route.
        var incoming = hospitalPage.Locator($".col-side .ref-card[data-id='{id}']");
        await Expect(incoming.Locator(".ref-eta")).ToHaveTextAsync(ChineseEta, new() { Timeout = 30_000 });
        AssertEndsNear(await RouteAsync(hospitalPage, id), null);
        await Browser.ScreenshotAsync(hospitalPage, "hospital-eta");

        // Dispatcher: the route line is drawn on the map, under the vehicles, with an ETA.
        var dispatcherRoute = await RouteAsync(dispatcherPage, id);
        Assert.That(dispatcherRoute.GetProperty("vehicleId").GetString(), Is.EqualTo(Vehicle));
        await Expect(dispatcherPage.Locator(".leaflet-routes-pane path.route-line")).Not.ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(dispatcherPage, "dispatcher-routes");

        // Once the patient is at the hospital the mission's route leaves every map and the ETA line goes.
        await Expect(incoming.Locator("button", new() { HasText = "确认交接" })).ToBeVisibleAsync(new() { Timeout = 240_000 });
        foreach (var page in new[] { Page, hospitalPage, dispatcherPage })
            await page.WaitForFunctionAsync("id => !(window.dispatchConsole?.routes?.() ?? []).some(r => r.missionId === id)", id);
        await Expect(Page.Locator(".tracking-map path.route-line")).ToHaveCountAsync(0);
        await Expect(doctorCard.Locator(".ref-eta")).ToBeHiddenAsync();

        await hospitalPage.Context.CloseAsync();
        await dispatcherPage.Context.CloseAsync();
        AssertNoBrowserErrors();
    }

    private static async Task<JsonElement> RouteAsync(IPage page, string missionId)
    {
        var handle = await page.WaitForFunctionAsync(RouteOf, missionId, new() { Timeout = 60_000 });
        var route = await handle.JsonValueAsync<JsonElement>();
        Assert.That(route.GetProperty("points").GetInt32(), Is.GreaterThan(1));
        Assert.That(route.GetProperty("etaSeconds").GetDouble(), Is.GreaterThanOrEqualTo(0).And.LessThan(3 * 3600));
        Assert.That(route.GetProperty("phase").GetString(), Is.AnyOf("toPatient", "toHospital"));
        return route;
    }

    /// <summary>The route's end is the road next to the target: well within a kilometre of it.</summary>
    private static void AssertEndsNear(JsonElement route, (double Lon, double Lat)? target)
    {
        var to = route.GetProperty("to");
        Assert.That(to.GetArrayLength(), Is.EqualTo(2));
        if (target is not { } t) return;
        var (lon, lat) = (to[0].GetDouble(), to[1].GetDouble());
        var metres = Math.Sqrt(Math.Pow((lon - t.Lon) * 111_320 * Math.Cos(t.Lat * Math.PI / 180), 2) + Math.Pow((lat - t.Lat) * 110_540, 2));
        Assert.That(metres, Is.LessThan(1000), $"route ends at {lon},{lat}, target {t.Lon},{t.Lat}");
    }

    private static (double Lon, double Lat) Place(JsonElement list, string id)
    {
        var f = list.EnumerateArray().Single(x => x.GetProperty("id").GetString() == id);
        return (f.GetProperty("lon").GetDouble(), f.GetProperty("lat").GetDouble());
    }

}
