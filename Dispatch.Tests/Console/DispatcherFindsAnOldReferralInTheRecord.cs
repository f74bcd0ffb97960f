using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Fleet;
using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Dispatch.Tests.Infrastructure.DemoAccounts;

namespace Dispatch.Tests.Console;

/// <summary>
/// The record in the browser: a dispatcher finds a finished referral by its number and by its patient line, opens
/// its timeline, plays back its vehicle's track, and exports the shift to a spreadsheet with one row per case.
/// </summary>
public sealed class DispatcherFindsAnOldReferralInTheRecord : ConsoleFixture
{
    private string _referral = null!, _number = null!;

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Referrals:AutoMatch"] = "false",
        ["Records:ProjectorIntervalMs"] = "200",
        ["Records:TrackSampleSeconds"] = "0.2",
    };

    private static async Task<JsonNode> OkAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    [OneTimeSetUp]
    public async Task MakeAnOldReferral()
    {
        var dispatcher = await DispatcherAsync();
        var doctor = await SignedInAsync(DoctorA, DoctorPassword);
        var hospital = await SignedInAsync(HospitalH1, HospitalPassword);
        var crewToken = await Server.SignInAsync(DeviceV1, DevicePassword);
        using var crew = Server.ClientWithToken(crewToken);
        var created = await OkAsync(await doctor.PostAsJsonAsync("/api/referrals", ReferralClient.Request("g-01", "胸痛伴大汗 browser", priority: 1)));
        _referral = created["referral"]!["id"]!.GetValue<string>();
        _number = created["referral"]!["number"]?.GetValue<string>() ?? _referral;
        async Task Step(HttpClient by, string verb, object? body = null) => await OkAsync(await by.PostAsJsonAsync($"/api/referrals/{_referral}/{verb}", body ?? new { }));
        await Step(dispatcher, "offer", new { hospitalId = "h-4201795163" });
        await Step(hospital, "accept");
        await Step(dispatcher, "assign-vehicle", new { vehicleId = VehicleV1 });
        await Step(crew, "en-route");
        await using (var device = await Server.ConnectHubAsync(crewToken))
        {
            var upload = await PositionUpload.OpenAsync(device);
            for (var i = 0; i < 8; i++)
            {
                await upload.SendAsync(new PositionReport(104.066 + i * 0.0015, 30.668 + i * 0.0008, DateTimeOffset.UtcNow, 45, 60));
                await Task.Delay(400); // reports a few hundred ms apart, as a device on the road sends them; the sampler keeps each
            }
            upload.Complete();
            await upload.FinishAsync(TimeSpan.FromSeconds(10));
        }
        foreach (var verb in new[] { "on-scene", "on-board", "arrived" }) await Step(crew, verb);
        await Step(hospital, "handover");
        await OkAsync(await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = "跌倒 browser", priority = 2, callerPhone = "13912340000" }));
        await Poll.UntilAsync(async () =>
        {
            var found = await OkAsync(await dispatcher.GetAsync($"/api/records/cases?patient=browser"));
            return found["total"]!.GetValue<long>() == 2 && found["items"]!.AsArray().Any(i => i!["state"]!.GetValue<string>() == "HandedOver");
        }, TimeSpan.FromSeconds(30), "the referral and the call in the record");
    }

    private async Task SearchAsync(string field, string value)
    {
        await Page.ClickAsync(".hist-reset");
        await Page.FillAsync(field, value);
        await Page.ClickAsync(".hist-go");
    }

    [Test]
    public async Task Dispatcher_finds_a_referral_by_number_and_patient_opens_its_timeline_plays_its_track_and_exports_the_shift()
    {
        await Browser.SignInAsync(Page, Server.Url, Dispatcher, DispatcherPassword);
        await Page.ClickAsync(".history-open");
        var rows = Page.Locator(".hist-results .hist-row");

        await SearchAsync(".hist-number", _number.ToLowerInvariant());
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator(".hist-num")).ToHaveTextAsync(_number);
        await Browser.ScreenshotAsync(Page, "record-search-by-number-zh");

        await SearchAsync(".hist-patient", "胸痛伴大汗");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("胸痛伴大汗");
        await rows.First.ClickAsync();

        var timeline = Page.Locator(".hist-timeline tbody tr");
        await Assertions.Expect(Page.Locator(".hist-case")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(timeline.Last).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.That(await timeline.CountAsync(), Is.GreaterThanOrEqualTo(8), "every transition from the request to the hand-over");
        await Assertions.Expect(timeline.Last).ToContainTextAsync("交接完成");
        await Assertions.Expect(timeline.Last).ToContainTextAsync(HospitalH1);
        await Assertions.Expect(Page.Locator(".hist-points")).Not.ToHaveTextAsync("轨迹 0 个点");

        await Page.SelectOptionAsync(".hist-speed", "1");
        await Page.ClickAsync(".hist-play");
        await Assertions.Expect(Page.Locator(".hist-case[data-playback=playing]")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(Page, "record-case-playback-zh");
        await Assertions.Expect(Page.Locator(".hist-case[data-playback=done]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.That(int.Parse((await Page.Locator(".hist-case").GetAttributeAsync("data-playback-index"))!), Is.GreaterThanOrEqualTo(2),
            "the marker moved along the recorded points");

        // The open case follows a language switch without being read again.
        await Page.ClickAsync(".app-header .lang-switch");
        await Assertions.Expect(Page.Locator(".hist-case h3")).ToContainTextAsync("Referral");
        await Assertions.Expect(timeline.Last).ToContainTextAsync("Handed over");
        await LanguageScan.AssertCleanAsync(Page, "en", "record-case");
        await Browser.ScreenshotAsync(Page, "record-case-en");
        await Page.ClickAsync(".app-header .lang-switch");
        await Assertions.Expect(Page.Locator(".hist-case h3")).ToContainTextAsync("绿色通道转诊");

        await Page.ClickAsync(".hist-tab-reports");
        await Assertions.Expect(Page.Locator(".rep-figures .rep-referrals")).ToHaveTextAsync("1");
        // File formats are product names Chinese users read as they are ("导出 Excel").
        await LanguageScan.AssertCleanAsync(Page, "zh-CN", "record-reports", ["Excel", "CSV"]);
        await Browser.ScreenshotAsync(Page, "record-shift-report-zh");
        var from = await Page.InputValueAsync(".rep-from");
        var to = await Page.InputValueAsync(".rep-to");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.ClickAsync(".rep-xlsx"));
        var file = Path.Combine(Path.GetTempPath(), $"shift-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);

        // The cases of the same period, as the API counts them (the console's period is in Beijing time).
        using var dispatcher = await DispatcherAsync();
        var window = $"from={Uri.EscapeDataString(new DateTimeOffset(DateTime.Parse(from), TimeSpan.FromHours(8)).ToString("o"))}" +
                     $"&to={Uri.EscapeDataString(new DateTimeOffset(DateTime.Parse(to), TimeSpan.FromHours(8)).ToString("o"))}";
        var expected = (await OkAsync(await dispatcher.GetAsync("/api/records/cases?" + window)))["total"]!.GetValue<long>();
        using (var stream = File.OpenRead(file))
        {
            Assert.That(stream.GetSheetNames(), Does.Contain("案件"));
            Assert.That(stream.Query(useHeaderRow: true, sheetName: "案件").Count(), Is.EqualTo(expected).And.GreaterThanOrEqualTo(2));
        }
        File.Delete(file);

        await Page.ClickAsync(".app-header .lang-switch");
        await Assertions.Expect(Page.Locator(".rep-figures .rep-referrals")).ToHaveTextAsync("1");
        await LanguageScan.AssertCleanAsync(Page, "en", "record-reports");
        await Browser.ScreenshotAsync(Page, "record-shift-report-en");
        Assert.That(BrowserErrors, Is.Empty);
    }
}
