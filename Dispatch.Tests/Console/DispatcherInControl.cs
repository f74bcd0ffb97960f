using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// The dispatcher closes out work from the cards: every permitted action one click away, a reason where it destroys
/// or overrides, timers that warn when a vehicle does not roll, and the intake's equipment deciding which vehicle
/// goes first. The departure limit is 4 s here so the warning comes within the test.
/// </summary>
public sealed class DispatcherInControl : ConsoleFixture
{
    // A shared 2-core machine can take seconds to connect and draw; assertions wait as long as actions do.
    [OneTimeSetUp]
    public void WaitAsLongAsActions() => Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Oversight:DepartureLimitSeconds"] = "4",
        ["Oversight:CheckSeconds"] = "1",
    };

    private async Task OpenQueueAsync()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.ClickAsync(".tab[data-tab=queue]");
    }

    private async Task<JsonNode> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<string> VehicleStatusAsync(string vehicleId) =>
        (await GetAsDispatcherAsync("/api/fleet/vehicles")).EnumerateArray().First(v => v.GetProperty("id").GetString() == vehicleId).GetProperty("status").GetString()!;

    [Test]
    public async Task Reassigning_a_call_sends_the_new_vehicle_frees_the_old_and_keeps_the_reason()
    {
        await ReportPositionAsync("device.amb-06", 104.0712, 30.6702);
        using var dispatcher = await DispatcherAsync();
        var call = await PostAsync(dispatcher, "/api/calls", new { lon = 104.0705, lat = 30.6700, chiefComplaint = "老人跌倒，髋部疼痛", priority = 2 });
        var id = call["id"]!.GetValue<string>();
        await PostAsync(dispatcher, $"/api/calls/{id}/assign", new { vehicleId = "amb-02" });

        await OpenQueueAsync();
        var card = Page.Locator($".call-card[data-id='{id}']");
        await Expect(card.Locator(".act-cancel")).ToBeVisibleAsync();
        await card.Locator(".act-reassign").ClickAsync();
        var dialog = Page.Locator(".reason-dialog");
        await dialog.Locator("select[name=vehicle]").SelectOptionAsync("amb-06");
        await dialog.Locator("input[name=reason][value=vehicleBreakdown]").CheckAsync();
        await Browser.ScreenshotAsync(Page, "dispatcher-reassign-dialog");
        await dialog.Locator(".reason-confirm").ClickAsync();

        await Expect(card.Locator(".call-notes")).ToContainTextAsync("车辆故障");
        await Expect(card).ToContainTextAsync("急救06");
        await Poll.UntilAsync(async () => await VehicleStatusAsync("amb-02") == "Available", TimeSpan.FromSeconds(10), "the replaced ambulance to be free");
        Assert.That(await VehicleStatusAsync("amb-06"), Is.EqualTo("Dispatched"));
        var stored = await GetAsDispatcherAsync($"/api/calls/{id}");
        var note = stored.GetProperty("notes").EnumerateArray().Last();
        Assert.Multiple(() =>
        {
            Assert.That(note.GetProperty("action").GetString(), Is.EqualTo("reassign"));
            Assert.That(note.GetProperty("reason").GetString(), Is.EqualTo("vehicleBreakdown"));
            Assert.That(note.GetProperty("previousVehicleId").GetString(), Is.EqualTo("amb-02"));
        });
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task Cancelling_a_referral_asks_for_a_reason_that_appears_in_its_audit()
    {
        using var dispatcher = await DispatcherAsync();
        var call = await PostAsync(dispatcher, "/api/calls", new { lon = 104.1040, lat = 30.6690, chiefComplaint = "胸痛伴大汗", priority = 1 });
        var callId = call["id"]!.GetValue<string>();
        await PostAsync(dispatcher, $"/api/calls/{callId}/assign", new { vehicleId = "amb-04" });
        var referral = await PostAsync(dispatcher, $"/api/calls/{callId}/referral", new
        {
            patient = new { age = 61, sex = "male", tier = "red", condition = "现场心电图提示急性心梗", vitals = new { } },
            requiredCapabilities = new[] { "pci" },
            priority = 1,
        });
        var referralId = referral["referral"]!["id"]!.GetValue<string>();
        var number = referral["referral"]!["number"]!.GetValue<string>();

        await OpenQueueAsync();
        var card = Page.Locator($".queue-panel .ref-card:not(.call-card)[data-id='{referralId}']");
        await Expect(card.Locator(".ref-id")).ToHaveTextAsync(number);
        await card.Locator(".act-cancel").ClickAsync();
        var dialog = Page.Locator(".reason-dialog");
        await Expect(dialog).ToContainTextAsync(number);
        await dialog.Locator(".reason-confirm").ClickAsync();
        await Expect(dialog.Locator(".form-error")).ToBeVisibleAsync();   // no reason, no cancel
        await dialog.Locator("input[name=reason][value=patientRefused]").CheckAsync();
        await dialog.Locator(".reason-confirm").ClickAsync();

        var done = Page.Locator($".ref-list-done .ref-card[data-id='{referralId}']");
        await Expect(done).ToContainTextAsync("已取消");
        await done.Locator(".act-history").ClickAsync();
        await Expect(done.Locator(".audit-item[data-action=cancel], .audit-item[data-action=Cancel]")).ToContainTextAsync("患者或家属拒绝转运");
        await Browser.ScreenshotAsync(Page, "dispatcher-referral-cancelled-audit");
        var audit = await GetAsDispatcherAsync($"/api/referrals/{referralId}/timeline");
        var cancel = audit.GetProperty("transitions").EnumerateArray().Select(e => e.GetProperty("transition")).Last();
        Assert.Multiple(() =>
        {
            Assert.That(cancel.GetProperty("action").GetString(), Is.EqualTo("cancel"));
            Assert.That(cancel.GetProperty("reason").GetString(), Is.EqualTo("patientRefused"));
            Assert.That(cancel.GetProperty("actor").GetString(), Is.EqualTo(DemoAccounts.Dispatcher));
        });
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task A_vehicle_that_does_not_roll_within_the_limit_warns_on_the_card_and_in_the_alerts_and_counts_as_late()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var created = await PostAsync(doctor, "/api/referrals", new
        {
            patient = new { age = 70, sex = "female", tier = "red", condition = "呼吸困难，血氧 88%", vitals = new { spO2 = 88, heartRate = 112, systolicBp = 150, diastolicBp = 90, respiratoryRate = 28, consciousness = "alert" } },
            requiredCapabilities = new[] { "icu" },
            priority = 1,
            requestingFacilityId = "g-01",
            accompanyingStaff = new[] { new { name = "张医生", role = "doctor" } },
        });
        var id = created["referral"]!["id"]!.GetValue<string>();
        using var dispatcher = await DispatcherAsync();
        await PostAsync(dispatcher, $"/api/referrals/{id}/assign-vehicle", new { vehicleId = "amb-09" });

        await OpenQueueAsync();
        var card = Page.Locator($".queue-panel .ref-card:not(.call-card)[data-id='{id}']");
        await Expect(card.Locator(".mission-timer.is-overdue")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(card.Locator(".mission-timer")).ToContainTextAsync("仍未出车");
        await Expect(Page.Locator(".alert-banner")).ToContainTextAsync("出车超时");
        await Page.ClickAsync(".tab[data-tab=alerts]");
        await Expect(Page.Locator(".alert-item[data-kind=DepartureOverdue]").Filter(new() { HasText = "急救09" })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(Page, "dispatcher-departure-overdue");

        var figures = await GetAsDispatcherAsync("/api/shift/figures");
        Assert.Multiple(() =>
        {
            Assert.That(figures.GetProperty("lateDepartures").GetInt32(), Is.GreaterThanOrEqualTo(1), "the referral's vehicle counts as late");
            Assert.That(figures.GetProperty("departureWithin3MinutesRate").GetDouble(), Is.LessThan(1.0));
        });
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task A_priority_one_chest_pain_gets_an_als_ambulance_first_when_one_is_in_reach()
    {
        // A basic ambulance right beside the patient, an advanced one a few hundred metres further.
        await ReportPositionAsync("device.amb-07", 104.1003, 30.6802);
        await ReportPositionAsync("device.amb-05", 104.1060, 30.6830);

        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("n");
        var dialog = Page.Locator(".call-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("select[name=priority]").SelectOptionAsync("1");
        await dialog.Locator("textarea[name=chiefComplaint]").FillAsync("胸痛 30 分钟，伴大汗");
        await dialog.Locator("input[name=coordinates]").FillAsync("104.1000, 30.6800");
        await dialog.Locator("input[name=coordinates]").PressAsync("Enter");
        await dialog.Locator("select[name=category]").SelectOptionAsync("chestPain");
        await Expect(dialog.Locator("select[name=vehicleType]")).ToHaveValueAsync("ALS");
        await Expect(dialog.Locator("input[name=equipment][value=monitor]")).ToBeCheckedAsync();
        await Browser.ScreenshotAsync(Page, "dispatcher-intake-chest-pain");
        await dialog.Locator("button[type=submit]").ClickAsync();

        var card = Page.Locator(".call-card").Filter(new() { HasText = "胸痛 30 分钟" });
        var picker = card.Locator(".picker select");
        await Expect(picker).ToHaveValueAsync("amb-05", new() { Timeout = 15_000 });
        await Expect(picker.Locator("option").Nth(1)).ToContainTextAsync("急救05");
        await Browser.ScreenshotAsync(Page, "dispatcher-chest-pain-als-first");

        var id = await card.GetAttributeAsync("data-id");
        var ranked = (await GetAsDispatcherAsync($"/api/calls/{id}/recommendations")).GetProperty("ranked").EnumerateArray().ToList();
        var bls = ranked.First(r => r.GetProperty("vehicleId").GetString() == "amb-07");
        Assert.Multiple(() =>
        {
            Assert.That(ranked[0].GetProperty("vehicleId").GetString(), Is.EqualTo("amb-05"));
            Assert.That(bls.GetProperty("etaSeconds").GetDouble(), Is.LessThan(ranked[0].GetProperty("etaSeconds").GetDouble()),
                "the basic ambulance is nearer: the advanced one leads because the call asked for it");
        });
        AssertNoBrowserErrors();
    }
}
