using System.Net.Http.Json;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// Every workspace, with work on it, in Chinese and then in English: no ASCII identifier inside the Chinese UI and no
/// Chinese inside the English UI (names people typed and proper names apart). Screenshots of each land in
/// artifacts/screenshots for the record.
/// </summary>
public sealed class BothLanguagesAreClean : ConsoleFixture
{
    // Short timers and tight coverage targets put call signs and standby posts on every screen that names them: a
    // departure alert for the assigned ambulance and move-up suggestions in the coverage tab.
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Oversight:DepartureLimitSeconds"] = "3",
        ["Oversight:CheckSeconds"] = "1",
        ["Coverage:RecomputeSeconds"] = "1",
        ["Coverage:UrbanTargetMinutes"] = "1.5",
        ["Coverage:UrbanOuterBandMinutes"] = "3",
        ["Coverage:RuralTargetMinutes"] = "2",
        ["Coverage:RuralOuterBandMinutes"] = "4",
    };

    /// <summary>
    /// The region's Chinese names of vehicles and standby places that have an English form: none may show in the English
    /// console, not even inside text marked translate="no" (which the general scan leaves alone).
    /// </summary>
    private async Task<IReadOnlyList<string>> ChineseNamesWithAnEnglishFormAsync()
    {
        using var dispatcher = await DispatcherAsync();
        var vehicles = (await dispatcher.GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>("/api/fleet/vehicles"))!.AsArray();
        var grid = (await dispatcher.GetFromJsonAsync<System.Text.Json.Nodes.JsonNode>("/api/coverage/grid"))!;
        var names = vehicles.Where(v => v!["callSignEn"] is not null).Select(v => v!["callSign"]!.GetValue<string>())
            .Concat(vehicles.Where(v => v!["stationNameEn"] is not null).Select(v => v!["stationName"]!.GetValue<string>()))
            .Concat(grid["posts"]!.AsArray().Where(p => p!["nameEn"] is not null).Select(p => p!["name"]!.GetValue<string>()))
            .Distinct().ToList();
        Assert.That(names, Has.Some.EqualTo("急救10").And.Some.EqualTo("九星医院"), "the region names its vehicles and township centres in English too");
        return names;
    }

    private static async Task AssertNoChineseNamesAsync(IPage page, IReadOnlyList<string> names, string screen)
    {
        var shown = await LanguageScan.FindNamesAsync(page, names);
        Assert.That(shown, Is.Empty, $"{screen} in English shows Chinese names that have an English form:\n" + string.Join('\n', shown));
    }

    // A shared 2-core machine can take seconds to connect and draw; assertions wait as long as actions do.
    [OneTimeSetUp]
    public void WaitAsLongAsActions() => Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);

    [OneTimeSetUp]
    public async Task PutWorkOnTheScreens()
    {
        await ReportPositionAsync("device.amb-10", 104.0712, 30.6702);
        await ReportPositionAsync("device.amb-11", 104.0800, 30.6750);
        using var dispatcher = await DispatcherAsync();
        using var call = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0705, lat = 30.6700, chiefComplaint = "腹痛伴呕吐", priority = 2, category = "other" });
        call.EnsureSuccessStatusCode();
        using var queued = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0750, lat = 30.6720, chiefComplaint = "胸闷气短", priority = 1, category = "chestPain" });
        queued.EnsureSuccessStatusCode();
        var callId = (await call.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        (await dispatcher.PostAsJsonAsync($"/api/calls/{callId}/assign", new { vehicleId = "amb-10" })).EnsureSuccessStatusCode();
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var referral = await doctor.PostAsJsonAsync("/api/referrals", new
        {
            patient = new { age = 67, sex = "male", tier = "red", condition = "胸痛 40 分钟", vitals = new { spO2 = 92, heartRate = 104, systolicBp = 100, diastolicBp = 60, respiratoryRate = 22, consciousness = "alert" } },
            requiredCapabilities = new[] { "pci" },
            priority = 2,
            requestingFacilityId = "g-01",
            accompanyingStaff = new[] { new { name = "李护士", role = "nurse" } },
        });
        referral.EnsureSuccessStatusCode();
    }

    private async Task ScanBothAsync(string role, Func<Task> showEverything, IReadOnlyList<string>? names = null)
    {
        // Each screen starts in Chinese, whichever language the previous one ended in.
        if (await Page.Locator("html").GetAttributeAsync("lang") == "en")
        {
            await Page.ClickAsync(".app-header .lang-switch");
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        }
        await showEverything();
        await Browser.ScreenshotAsync(Page, $"{role}-zh");
        await LanguageScan.AssertCleanAsync(Page, "zh-CN", role);
        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await showEverything();
        await Browser.ScreenshotAsync(Page, $"{role}-en");
        await LanguageScan.AssertCleanAsync(Page, "en", role);
        if (names is not null) await AssertNoChineseNamesAsync(Page, names, role);
    }

    [Test]
    public async Task The_dispatcher_map_queue_alerts_and_call_dialog_speak_one_language_at_a_time()
    {
        var names = await ChineseNamesWithAnEnglishFormAsync();
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Page.ClickAsync(".tab[data-tab=queue]");
        await Expect(Page.Locator(".call-card")).ToHaveCountAsync(2);
        await Expect(Page.Locator(".queue-panel .ref-card:not(.call-card)")).Not.ToHaveCountAsync(0);
        await ScanBothAsync("dispatcher-queue", async () =>
        {
            await Page.ClickAsync(".tab[data-tab=queue]");
            await Page.Locator(".call-card .picker select").First.WaitForAsync();
        }, names);
        await ScanBothAsync("dispatcher-vehicles", () => Page.ClickAsync(".tab[data-tab=vehicles]"), names);
        // The assigned ambulance did not report leaving: its departure alert names it.
        await Page.ClickAsync(".tab[data-tab=alerts]");
        await Expect(Page.Locator(".alerts-panel, .alert-list").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("急救10|EMS 10"));
        await ScanBothAsync("dispatcher-alerts", () => Page.ClickAsync(".tab[data-tab=alerts]"), names);
        // Move-ups name an ambulance and a standby post; the map's posts and the layer switch are scanned with them.
        await Page.ClickAsync(".tab[data-tab=coverage]");
        await Expect(Page.Locator(".coverage-moves .move-up").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ScanBothAsync("dispatcher-coverage", async () =>
        {
            await Page.ClickAsync(".tab[data-tab=coverage]");
            await Page.Locator(".coverage-moves .move-up").First.WaitForAsync();
        }, names);
        // A popup already open when the language switches follows it: a vehicle's popup opened in Chinese reads English.
        await ScanBothAsync("dispatcher-vehicle-popup", async () =>
        {
            await Page.ClickAsync(".tab[data-tab=vehicles]");
            if (!await Page.Locator(".leaflet-popup .veh-pop").IsVisibleAsync())
                await Page.ClickAsync(".vehicle-row[data-id=amb-11]");
            await Expect(Page.Locator(".leaflet-popup .veh-pop")).ToBeVisibleAsync();
        }, names);
        await Expect(Page.Locator(".leaflet-popup .veh-pop-head")).ToContainTextAsync("EMS 11");
        await ScanBothAsync("dispatcher-new-call", async () =>
        {
            if (!await Page.Locator(".call-dialog").IsVisibleAsync()) await Page.Keyboard.PressAsync("n");
            await Expect(Page.Locator(".call-dialog")).ToBeVisibleAsync();
        });
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task The_doctor_desk_speaks_one_language_at_a_time()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".request-form")).ToBeVisibleAsync();
        await Expect(Page.Locator(".ref-card").First).ToBeVisibleAsync();
        await ScanBothAsync("doctor", () => Task.CompletedTask);
        await ScanBothAsync("doctor-register-add-person", async () =>
        {
            await Page.ClickAsync(".doctor-tabs [data-tab=register]");
            if (!await Page.Locator(".reg-person-form").IsVisibleAsync()) await Page.ClickAsync("[data-action=add-person]");
            // A refused save puts the form's field reasons on screen too.
            await Page.ClickAsync("[data-action=save-person]");
            await Expect(Page.Locator(".reg-person-form .form-status")).ToBeVisibleAsync();
        });
        // Editing someone registered: the same form, filled in, with the person's name left as it is.
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var id = await Registry.RegisterPeople.CreateAsync(doctor, "吴长青", phone: "13900009301");
        await Page.ClickAsync(".reg-person-form .btn-ghost");
        await ScanBothAsync("doctor-register-edit-person", async () =>
        {
            if (!await Page.Locator(".reg-person-form.is-editing").IsVisibleAsync())
            {
                await Page.ClickAsync(".reg-tabs [data-panel=list]");
                await Page.Locator(".reg-filters input[name=q]").FillAsync("吴长青");
                await Page.Locator(".reg-filters input[name=q]").PressAsync("Enter");
                await Page.Locator($".reg-row[data-person='{id}'] [data-action=open]").ClickAsync();
                await Page.ClickAsync(".reg-person [data-action=edit-person]");
            }
            await Expect(Page.Locator(".reg-person-form.is-editing input[name=phone]")).ToHaveValueAsync("13900009301");
        });
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task The_hospital_board_speaks_one_language_at_a_time()
    {
        await SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        await Expect(Page.Locator(".hospital-status h2")).ToBeVisibleAsync();
        await ScanBothAsync("hospital", () => Task.CompletedTask);
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task The_admin_console_speaks_one_language_at_a_time()
    {
        await SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        await Expect(Page.Locator(".accounts-table tbody tr").First).ToBeVisibleAsync();
        await ScanBothAsync("admin", () => Task.CompletedTask);
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task The_scanner_catches_an_identifier_in_chinese_and_chinese_in_english()
    {
        // The scanner itself must be able to fail, or a clean result proves nothing.
        await Page.SetContentAsync("<body><p>车辆类型 NonEmergency 不符合要求</p><p translate=\"no\">王医生 typed this</p><p>ZZ20261205-0007 已取消</p></body>");
        var zh = await LanguageScan.FindLeaksAsync(Page, "zh-CN");
        await Page.SetContentAsync("<body><p>Vehicle 急救01 assigned</p><p>中文</p><p translate=\"no\">Station 九星医院</p><p hidden>急救02</p></body>");
        var en = await LanguageScan.FindLeaksAsync(Page, "en");
        var names = await LanguageScan.FindNamesAsync(Page, ["急救01", "急救02", "九星医院", "急救03"]);
        Assert.Multiple(() =>
        {
            Assert.That(zh, Has.Count.EqualTo(1).And.Some.Contains("NonEmergency"));
            Assert.That(en, Has.Count.EqualTo(1).And.Some.Contains("急救01"));
            // A Chinese call sign or place name with an English form is caught even where names are otherwise left alone.
            Assert.That(names, Is.EquivalentTo(new[] { "急救01", "九星医院" }));
        });
    }
}
