using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Console;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// The dispatcher's coverage in the browser, in Chinese and in English: the layer switched on over the map, the
/// coverage tab with its KPI card and zones, the coverage cost beside each ambulance in the vehicle picker with the
/// extra confirmation for a township's last ambulance (sent to a call, and as a referral's first ambulance), and a
/// move-up sent with one click.
/// </summary>
[TestFixture]
public sealed class DispatcherSeesCoverageCostAndMovesUp : ConsoleFixture
{
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Coverage:RecomputeSeconds"] = "1",
        ["Coverage:UrbanTargetMinutes"] = "1.5",
        ["Coverage:UrbanOuterBandMinutes"] = "3",
        ["Coverage:RuralTargetMinutes"] = "2",
        ["Coverage:RuralOuterBandMinutes"] = "4",
    };

    /// <param name="township">the township ambulance at its health centre, sent out of its township to a call.</param>
    /// <param name="pair">two 120 centre ambulances at one station: one of them is worth moving up.</param>
    [TestCase("zh-CN", "amb-07", 104.1128769, 30.6851715, "八里医院", "amb-03", "amb-04", 104.0608456, 30.6707734)]
    [TestCase("en", "amb-08", 104.1169978, 30.6868794, "Dongqu Hospital", "amb-05", "amb-06", 104.0648676, 30.6963014)]
    public async Task The_layer_the_cost_in_the_picker_and_a_one_click_move_up(string language, string township, double townLon, double townLat,
        string townshipName, string first, string second, double stationLon, double stationLat)
    {
        var english = language == "en";
        await ReportPositionAsync($"device.{township}", townLon, townLat);
        await ReportPositionAsync($"device.{first}", stationLon, stationLat);
        await ReportPositionAsync($"device.{second}", stationLon + 0.0002, stationLat);
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        // The first load of the whole console can take a while on a busy two-core machine.
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        if (english) await Page.ClickAsync(".lang-switch");
        var shot = english ? "coverage-en" : "coverage-zh";

        // The layer over the map, with the share covered beside its switch.
        var toggle = Page.Locator(".coverage-toggle");
        await Expect(toggle).ToHaveTextAsync(english ? "Show coverage" : "显示覆盖图层");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        var kpi = Page.Locator(".coverage-kpi");
        await Expect(kpi).ToContainTextAsync(english ? "Covered" : "覆盖");
        await Expect(kpi).ToHaveAttributeAsync("data-bands", new System.Text.RegularExpressions.Regex(@"^[1-9]\d*,"));
        var bands = (await kpi.GetAttributeAsync("data-bands"))!.Split(',').Select(int.Parse).ToArray();
        Assert.That(bands.Skip(1).Sum(), Is.GreaterThan(0), "some cells are outside their target with so few ambulances");
        await Browser.ScreenshotAsync(Page, $"{shot}-layer");

        // The coverage tab: KPI card, every zone, and move-up suggestions.
        await Page.ClickAsync(".tab[data-tab=coverage]");
        var panel = Page.Locator(".coverage-panel");
        await Expect(panel.Locator(".coverage-card")).ToContainTextAsync(english ? "Ambulance coverage" : "急救覆盖");
        await Expect(panel.Locator(".coverage-card")).ToContainTextAsync(english ? "Shift average" : "本班平均");
        await Expect(panel.Locator(".zone-table tbody tr")).ToHaveCountAsync(15);
        // The panel's switch is the map's switch: with the layer on, both offer to hide it; either turns both.
        var panelToggle = panel.Locator(".coverage-panel-toggle");
        await Expect(panelToggle).ToHaveTextAsync(english ? "Hide coverage" : "隐藏覆盖图层");
        await Expect(panelToggle).ToHaveAttributeAsync("aria-pressed", "true");
        await panelToggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(toggle).ToHaveTextAsync(english ? "Show coverage" : "显示覆盖图层");
        await Expect(panelToggle).ToHaveTextAsync(english ? "Show coverage" : "显示覆盖图层");
        await toggle.ClickAsync();
        await Expect(panelToggle).ToHaveTextAsync(english ? "Hide coverage" : "隐藏覆盖图层");
        var suggestion = panel.Locator(".move-up").First;
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(suggestion).ToContainTextAsync(english ? "Coverage +" : "覆盖 +");
        await Browser.ScreenshotAsync(Page, $"{shot}-tab");

        // One click sends the suggested vehicle to its post.
        var moved = (await suggestion.GetAttributeAsync("data-vehicle"))!;
        await suggestion.Locator("button").ClickAsync();
        await Poll.UntilAsync(async () => await StatusAsync(moved) == "relocating", TimeSpan.FromSeconds(20), $"{moved} to be relocating");
        await Expect(Page.Locator($".move-up[data-vehicle='{moved}']")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(Page, $"{shot}-moved-up");

        // A call across town: each ambulance shows what sending it costs; the township's own asks once more.
        using var dispatcher = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        // A fall, not chest pain: the township BLS ambulance stays a candidate (chest pain asks for an ALS one first).
        var complaint = english ? "Fell down stairs " + township : "摔伤 " + township;
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = complaint, priority = 1 });
        created.EnsureSuccessStatusCode();
        await Page.ClickAsync(".tab[data-tab=queue]");
        var card = Page.Locator(".call-card").Filter(new() { HasText = complaint });
        await SendTownshipsLastConfirmingTheGapAsync(card, township, townshipName, english, $"{shot}-gap-confirm");
        await Expect(card).ToContainTextAsync(english ? "Dispatched" : "已派车");

        if (english)
        {
            // Labels, headings and buttons are translated; only place names may stay Chinese.
            var texts = await Page.Locator(".coverage-card .kpi-label, .coverage-panel h3, .coverage-panel th, .coverage-toggle, .coverage-kpi, .coverage-bands span, .move-up .muted, .move-up button")
                .AllInnerTextsAsync();
            Assert.That(texts, Is.Not.Empty);
            Assert.That(texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\p{IsCJKUnifiedIdeographs}")), Is.Empty, "Chinese in the English coverage texts");
        }
        AssertNoBrowserErrors();
    }

    /// <param name="township">a township's only ambulance, at its health centre: the referral's first ambulance would take it out.</param>
    [TestCase("zh-CN", "amb-10", 104.1106739, 30.6626197, "九星医院")]
    [TestCase("en", "amb-12", 104.1128122, 30.6588672, "Wannian Hospital")]
    public async Task A_referrals_first_ambulance_shows_its_cost_and_asks_naming_the_townships_gap(string language, string township,
        double townLon, double townLat, string townshipName)
    {
        var english = language == "en";
        await ReportPositionAsync($"device.{township}", townLon, townLat);
        var condition = (english ? "Chest pain, sweating " : "胸痛伴大汗 ") + township;
        using (var doctor = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword)))
        {
            using var created = await doctor.PostAsJsonAsync("/api/referrals", new
            {
                patient = new { age = 61, sex = "female", tier = "red", condition, vitals = new { spO2 = 93, heartRate = 112, systolicBp = 96, diastolicBp = 60, respiratoryRate = 24, consciousness = "alert" } },
                requiredCapabilities = new[] { "pci" },
                priority = 1,
                requestingFacilityId = "g-01",
                accompanyingStaff = new[] { new { name = "李护士", role = "nurse" } },
            });
            Assert.That(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 45_000 });
        if (english) await Page.ClickAsync(".lang-switch");
        await Page.ClickAsync(".tab[data-tab=queue]");
        var card = Page.Locator(".queue-panel .ref-card").Filter(new() { HasText = condition });
        await Expect(card).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await SendTownshipsLastConfirmingTheGapAsync(card, township, townshipName, english,
            english ? "coverage-en-referral-gap-confirm" : "coverage-zh-referral-gap-confirm");
        // The hospital has not answered yet, so the referral stays offered; its route line names the ambulance sent.
        var number = township[^2..];
        await Expect(card.Locator(".ref-route")).ToContainTextAsync(english ? $"Vehicle EMS {number}" : $"车辆 急救{number}", new() { Timeout = 20_000 });
        AssertNoBrowserErrors();
    }

    /// <summary>
    /// In <paramref name="card"/>'s vehicle picker, the township's only ambulance carries what sending it costs; choosing
    /// it asks once more, naming the township, and nothing goes until the dispatcher confirms.
    /// </summary>
    private async Task SendTownshipsLastConfirmingTheGapAsync(ILocator card, string township, string townshipName, bool english, string screenshot)
    {
        var picker = card.Locator(".picker").Filter(new() { Has = Page.Locator($"select option[value='{township}']") });
        await Expect(picker.Locator($"select option[value='{township}']")).ToContainTextAsync(english ? "coverage −" : "覆盖 −", new() { Timeout = 30_000 });
        await picker.Locator("select").SelectOptionAsync(township);
        await Expect(picker.Locator(".picker-cost")).ToContainTextAsync(english ? "coverage −" : "覆盖 −");
        await picker.Locator(":scope > .ref-actions .btn-primary").ClickAsync();
        var confirm = card.Locator(".gap-confirm");
        await Expect(confirm).ToBeVisibleAsync();
        await Expect(confirm).ToContainTextAsync(townshipName);
        await Expect(confirm).ToContainTextAsync(english ? "is left with no ambulance" : "将没有可派救护车");
        Assert.That(await StatusAsync(township), Is.EqualTo("available"), "nothing is sent before the confirmation");
        await confirm.ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(Page, screenshot);
        await confirm.Locator(".gap-send").ClickAsync();
        await Poll.UntilAsync(async () => await StatusAsync(township) == "dispatched", TimeSpan.FromSeconds(20), $"{township} to be dispatched after the confirmation");
    }

    private async Task<string> StatusAsync(string vehicleId)
    {
        var list = await GetAsDispatcherAsync("/api/fleet/vehicles");
        return list.EnumerateArray().Single(v => v.GetProperty("id").GetString() == vehicleId).GetProperty("status").GetString()!;
    }
}
