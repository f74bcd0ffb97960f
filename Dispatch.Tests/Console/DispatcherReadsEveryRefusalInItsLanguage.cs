using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// What a dispatcher reads when the server refuses: the console's own sentence for the problem's code, in the console's
/// language, never the server's English detail nor the code itself. Each refusal is provoked as it happens at a 120
/// desk: another dispatcher changes the call or referral while this screen has not heard of it yet (the screen's hub
/// pushes are held back for that moment), and this dispatcher then clicks. Also the coverage gap asked for when a
/// replacement ambulance is a township's last one.
/// </summary>
public sealed class DispatcherReadsEveryRefusalInItsLanguage : ConsoleFixture
{
    [OneTimeSetUp]
    public void WaitAsLongAsActions() => Assertions.SetDefaultExpectTimeout(20_000);

    private volatile bool _pushesHeld;

    /// <summary>The console's own texts, read from its message catalogues, so the test follows them as they are worded.</summary>
    private static string Catalogue(string lang, string key)
    {
        var file = Path.Combine(RepoPaths.Root, "Dispatch.Console", "src", "i18n", lang == "en" ? "en.ts" : "zh-CN.ts");
        var match = Regex.Match(File.ReadAllText(file), $"'{Regex.Escape(key)}': '((?:[^'\\\\]|\\\\.)*)'");
        Assert.That(match.Success, Is.True, $"{key} has a text in {lang}");
        return match.Groups[1].Value.Replace("\\'", "'");
    }

    private async Task OpenConsoleAsync(string lang)
    {
        // Every push from the server passes through here; while held, the screen keeps what it showed.
        await Page.RouteWebSocketAsync(new Regex("/hubs/dispatch"), ws =>
        {
            var server = ws.ConnectToServer();
            server.OnMessage(frame =>
            {
                if (_pushesHeld) return;
                if (frame.Text is { } text) ws.Send(text);
                else if (frame.Binary is { } binary) ws.Send(binary);
            });
        });
        _pushesHeld = false;
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (lang == "en")
        {
            await Page.ClickAsync(".app-header .lang-switch");
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
        await Page.ClickAsync(".tab[data-tab=queue]");
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<string> NewCallAsync(HttpClient dispatcher, double lon, double lat, string complaint) =>
        (await PostAsync(dispatcher, "/api/calls", new { lon, lat, chiefComplaint = complaint, priority = 2 }))["id"]!.GetValue<string>();

    /// <summary>The error toast reads the console's sentence for the code, not the server's detail, not the code.</summary>
    private async Task ExpectRefusalAsync(string lang, string code, string screen)
    {
        var toast = Page.Locator(".toast-error").Last;
        await Expect(toast).ToHaveTextAsync(Catalogue(lang, $"fail.code.{code}"));
        await Browser.ScreenshotAsync(Page, $"refusal-{screen}-{lang}");
        var shown = await toast.InnerTextAsync();
        Assert.That(shown, Does.Not.Contain(code), "the code itself is not for people");
        await LanguageScan.AssertCleanAsync(Page, lang, $"refusal {code}");
    }

    /// <summary>Chromium logs the refused request itself (a 409) as an error; nothing else may have gone wrong.</summary>
    private void AssertNoErrorsButTheRefusal() =>
        Assert.That(BrowserErrors.Where(e => !e.Contains("status of 409")), Is.Empty, "the page logged errors:\n" + string.Join('\n', BrowserErrors));

    [TestCase("zh-CN", "amb-01")]
    [TestCase("en", "amb-03")]
    public async Task A_vehicle_another_dispatcher_just_sent_is_refused_as_busy(string lang, string vehicle)
    {
        await ReportPositionAsync($"device.{vehicle}", 104.0712, 30.6702);
        using var dispatcher = await DispatcherAsync();
        var mine = await NewCallAsync(dispatcher, 104.0705, 30.6700, "胸闷");
        var theirs = await NewCallAsync(dispatcher, 104.0720, 30.6710, "头晕");
        await OpenConsoleAsync(lang);
        var picker = Page.Locator($".call-card[data-id='{mine}'] .picker");
        await Expect(picker.Locator($"select option[value='{vehicle}']")).ToHaveCountAsync(1);

        _pushesHeld = true;
        await PostAsync(dispatcher, $"/api/calls/{theirs}/assign", new { vehicleId = vehicle });
        await picker.Locator("select").SelectOptionAsync(vehicle);
        await picker.Locator("button.btn-primary").ClickAsync();
        await ExpectRefusalAsync(lang, "vehicle-busy", "vehicle-busy");
        _pushesHeld = false;
        await PostAsync(dispatcher, $"/api/calls/{theirs}/cancel", new { reason = "duplicate" });
        AssertNoErrorsButTheRefusal();
    }

    [TestCase("zh-CN", "amb-05", "amb-06")]
    [TestCase("en", "amb-02", "amb-04")]
    public async Task A_call_another_dispatcher_just_served_is_refused_as_no_longer_queued(string lang, string mineVehicle, string theirVehicle)
    {
        await ReportPositionAsync($"device.{mineVehicle}", 104.0712, 30.6702);
        await ReportPositionAsync($"device.{theirVehicle}", 104.0730, 30.6712);
        using var dispatcher = await DispatcherAsync();
        var call = await NewCallAsync(dispatcher, 104.0705, 30.6700, "腹痛");
        await OpenConsoleAsync(lang);
        var picker = Page.Locator($".call-card[data-id='{call}'] .picker");
        await Expect(picker.Locator($"select option[value='{mineVehicle}']")).ToHaveCountAsync(1);

        _pushesHeld = true;
        await PostAsync(dispatcher, $"/api/calls/{call}/assign", new { vehicleId = theirVehicle });
        await picker.Locator("select").SelectOptionAsync(mineVehicle);
        await picker.Locator("button.btn-primary").ClickAsync();
        await ExpectRefusalAsync(lang, "call-not-queued", "call-not-queued");
        _pushesHeld = false;
        await PostAsync(dispatcher, $"/api/calls/{call}/cancel", new { reason = "duplicate" });
        AssertNoErrorsButTheRefusal();
    }

    [TestCase("zh-CN")]
    [TestCase("en")]
    public async Task Cancelling_a_call_another_dispatcher_just_closed_is_refused_as_closed(string lang)
    {
        using var dispatcher = await DispatcherAsync();
        var call = await NewCallAsync(dispatcher, 104.0705, 30.6700, "发热");
        await OpenConsoleAsync(lang);
        var card = Page.Locator($".call-card[data-id='{call}']");
        await Expect(card.Locator(".act-cancel")).ToBeVisibleAsync();

        _pushesHeld = true;
        await PostAsync(dispatcher, $"/api/calls/{call}/cancel", new { reason = "duplicate" });
        await card.Locator(".act-cancel").ClickAsync();
        var dialog = Page.Locator(".reason-dialog");
        await dialog.Locator("input[name=reason][value=duplicate]").CheckAsync();
        await dialog.Locator(".reason-confirm").ClickAsync();
        await ExpectRefusalAsync(lang, "call-closed", "call-closed");
        _pushesHeld = false;
        AssertNoErrorsButTheRefusal();
    }

    [TestCase("zh-CN")]
    [TestCase("en")]
    public async Task Escalating_a_referral_another_dispatcher_just_marked_failed_is_refused_as_not_possible_in_its_state(string lang)
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var created = await PostAsync(doctor, "/api/referrals", new
        {
            patient = new { age = 71, sex = "female", tier = "yellow", condition = "气促", vitals = new { spO2 = 91, heartRate = 100, systolicBp = 130, diastolicBp = 80, respiratoryRate = 24, consciousness = "alert" } },
            requiredCapabilities = new[] { "icu" },
            priority = 2,
            requestingFacilityId = "g-01",
            accompanyingStaff = new[] { new { name = "张医生", role = "doctor" } },
        });
        var referral = created["referral"]!["id"]!.GetValue<string>();
        using var dispatcher = await DispatcherAsync();
        await OpenConsoleAsync(lang);
        var card = Page.Locator($".ref-card[data-id='{referral}']");
        await Expect(card.Locator(".act-escalate")).ToBeVisibleAsync();

        _pushesHeld = true;
        await PostAsync(dispatcher, $"/api/referrals/{referral}/fail", new { reason = "noHospital" });
        await card.Locator(".act-escalate").ClickAsync();
        var dialog = Page.Locator(".reason-dialog");
        await dialog.Locator("input[name=reason][value=needsCoordination]").CheckAsync();
        await dialog.Locator(".reason-confirm").ClickAsync();
        await ExpectRefusalAsync(lang, "illegal-transition", "illegal-transition");
        _pushesHeld = false;
        AssertNoErrorsButTheRefusal();
    }

    [TestCase("zh-CN", "amb-10", "g-13", "九星医院")]
    [TestCase("en", "amb-12", "g-15", "Wannian Hospital")]
    public async Task Replacing_a_calls_ambulance_with_a_townships_last_asks_naming_the_gap_then_sends_it(string lang, string township, string zone, string zoneName)
    {
        // The township's health-centre ambulance at home is the only one of its township; the call is in the city.
        var home = township == "amb-10" ? (104.1106739, 30.6626197) : (104.1128122, 30.6588672);
        await ReportPositionAsync($"device.{township}", home.Item1, home.Item2);
        await ReportPositionAsync("device.amb-06", 104.0712, 30.6702);
        using var dispatcher = await DispatcherAsync();
        await Poll.UntilAsync(async () => (await dispatcher.GetFromJsonAsync<JsonNode>("/api/coverage"))!["zones"]!.AsArray()
            .Single(z => z!["id"]!.GetValue<string>() == zone)!["ambulances"]!.GetValue<int>() == 1, TimeSpan.FromSeconds(60), $"{township} in the coverage picture");
        var call = await NewCallAsync(dispatcher, 104.0705, 30.6700, "跌倒");
        await PostAsync(dispatcher, $"/api/calls/{call}/assign", new { vehicleId = "amb-06" });

        await OpenConsoleAsync(lang);
        var card = Page.Locator($".call-card[data-id='{call}']");
        await card.Locator(".act-reassign").ClickAsync();
        var dialog = Page.Locator(".reason-dialog");
        await Expect(dialog.Locator($"select[name=vehicle] option[value='{township}']")).ToHaveCountAsync(1);
        await dialog.Locator("select[name=vehicle]").SelectOptionAsync(township);
        await dialog.Locator("input[name=reason][value=trafficDelay]").CheckAsync();
        await dialog.Locator(".reason-confirm").ClickAsync();

        var gap = Page.Locator(".gap-dialog");
        await Expect(gap.Locator(".gap-text")).ToContainTextAsync(zoneName);
        await Expect(gap.Locator("h2")).ToHaveTextAsync(Catalogue(lang, "cov.gapTitle"));
        await Browser.ScreenshotAsync(Page, $"reassign-coverage-gap-{lang}");
        await LanguageScan.AssertCleanAsync(Page, lang, "the coverage gap of a reassignment");
        await gap.Locator(".gap-send").ClickAsync();
        await Expect(Page.Locator(".toast-success").Last).ToBeVisibleAsync();
        await Poll.UntilAsync(async () => (await GetAsDispatcherAsync($"/api/calls/{call}")).GetProperty("vehicleId").GetString() == township,
            TimeSpan.FromSeconds(10), "the township's ambulance to be sent once confirmed");
        // The first attempt is the 409 that asks for the confirmation.
        AssertNoErrorsButTheRefusal();
    }
}
