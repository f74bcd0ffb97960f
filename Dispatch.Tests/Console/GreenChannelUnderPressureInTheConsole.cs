using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// The green channel under pressure, seen by the people at the screens, in Chinese and English at 1366×768: the
/// dispatcher's priority-1 alert, the hospital's offer card with the facts to decide, the doctor's ranking before sending
/// and the offers after, and a parallel offer withdrawn from the hospital that came second.
/// </summary>
public sealed class GreenChannelUnderPressureInTheConsole : ConsoleFixture
{
    private const string Facility = "g-01";

    // Priority-1 offers last two seconds so the first timeout comes quickly; priority 2 keeps its five minutes.
    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Referrals:OfferTimeouts:Immediate"] = "00:00:02",
        ["Referrals:TimerPollInterval"] = "00:00:00.100",
    };

    [Test]
    public async Task A_priority_one_timeout_raises_a_banner_and_a_chime_on_the_dispatchers_screen_within_a_second()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The moment the banner shows, taken in the page itself so the test's own polling adds nothing.
        await Page.EvaluateAsync("""
            () => { window.__alertShown = new Promise((resolve) => {
              const seen = () => { const b = document.querySelector('.alert-banner'); return b && !b.hidden && b.dataset.kind === 'alert-offerTimedOut'; };
              const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); resolve(Date.now()); } });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            }); }
            """);

        var referral = await RequestAsync(priority: 1, condition: "突发胸痛伴大汗 30 分钟", spo2: 90);
        var expires = referral["offerExpiresAt"]!.GetValue<DateTimeOffset>().ToUnixTimeMilliseconds();
        // An evaluated promise has no timeout of its own: a banner that never shows must fail the test, not hang it.
        var shown = await Page.EvaluateAsync<double>("() => Promise.race([window.__alertShown, new Promise((r) => setTimeout(() => r(-1), 20000))])");
        Assert.That(shown, Is.GreaterThan(0), "no priority-1 timeout banner within 20 s");

        var banner = Page.Locator(".alert-banner");
        // The whole chain, timer poll (100 ms here) to Redis to hub to Chromium's DOM, inside the issue's one second;
        // both clocks are this machine's.
        TestContext.Out.WriteLine($"banner shown {shown - expires} ms after the offer expired");
        Assert.That(shown - expires, Is.LessThan(1000), "the banner is up within a second of the first timeout");
        await Expect(banner).ToContainTextAsync(referral["number"]!.GetValue<string>());
        await Expect(banner).ToContainTextAsync("突发胸痛伴大汗");
        await Expect(banner).ToContainTextAsync("已等待");
        await Expect(banner).ToContainTextAsync("已询问");
        await Expect(banner).ToContainTextAsync("超时");
        Assert.That(int.Parse(await banner.GetAttributeAsync("data-chimes") ?? "0"), Is.GreaterThanOrEqualTo(1), "the alert sounded");
        await Browser.ScreenshotAsync(Page, "greenchannel-dispatcher-p1-alert-zh");

        // In English the first alert reads in English (the list keeps it even once later timeouts replace the banner).
        await Page.ClickAsync(".app-header .lang-switch");
        await Page.ClickAsync(".tab[data-tab=alerts]");
        var first = Page.Locator(".alerts-panel .alert-item").Last;
        await Expect(first).ToContainTextAsync("Urgent referral not accepted");
        await Expect(first).ToContainTextAsync("Tried:");
        await Expect(first).ToContainTextAsync("(Timed out)");
        await Browser.ScreenshotAsync(Page, "greenchannel-dispatcher-p1-alert-en");
        await Page.ClickAsync(".tab[data-tab=queue]");
        await Expect(Page.Locator(".queue-panel .ref-card:has(.ref-clock)").First.Locator(".ref-clock")).ToContainTextAsync("Waiting");
        await Browser.ScreenshotAsync(Page, "greenchannel-dispatcher-queue-en");
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task The_doctor_sees_the_ranking_before_sending_and_the_hospital_decides_with_the_facts()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var form = Page.Locator(".request-form");
        await FillGreenChannelFormAsync(form, new PciPatient(72, "急性胸痛伴气促，心电图 ST 段抬高", 88, 118, 185, 102, 32, "陈护士"));
        await form.Locator("select[name=consciousness]").SelectOptionAsync("voice");
        await form.Locator("input[name=capabilities][value=stroke]").CheckAsync();

        // Item 5: capable hospitals ranked by road time, the others with their reasons, in the UI's language.
        var ranking = Page.Locator(".ranking-preview");
        await Expect(ranking.Locator(".ranking-row").First).ToContainTextAsync("公里");
        await Expect(ranking.Locator(".excluded-row").First).ToContainTextAsync("缺少：");
        Assert.That(await ranking.InnerTextAsync(), Does.Not.Contain("Missing").And.Not.Contain("stroke"));
        await ranking.ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-ranking-zh");
        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(ranking.Locator(".excluded-row").First).ToContainTextAsync("Lacks:");
        await Expect(ranking.Locator(".ranking-row").First).ToContainTextAsync("km");
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-ranking-en");
        await Page.ClickAsync(".app-header .lang-switch");

        await Page.ClickAsync(".request-form button[type=submit]");
        var mine = Page.Locator(".col-side .ref-card").Filter(new() { HasText = "急性胸痛伴气促" });
        await Expect(mine.Locator(".ref-history")).ToContainTextAsync("正在询问", new() { Timeout = 30_000 });
        await Expect(mine.Locator(".ref-clock")).ToContainTextAsync("本轮剩余");

        // Item 4: the offered hospital sees the facts to decide.
        var (hospitalId, account) = await OfferedHospitalAsync("急性胸痛伴气促");
        var board = await OpenSignedInAsync(account, DemoAccounts.HospitalPassword, "hospital");
        var offer = board.Locator(".offer-card").Filter(new() { HasText = "急性胸痛伴气促" });
        await Expect(offer.Locator(".vital.is-abnormal[data-vital=spo2]")).ToHaveTextAsync("血氧 88%");
        await Expect(offer.Locator(".vital.is-abnormal[data-vital=bp]")).ToHaveTextAsync("血压 185/102");
        await Expect(offer.Locator(".vital.is-abnormal[data-vital=rr]")).ToHaveTextAsync("呼吸 32");
        await Expect(offer.Locator(".vital.is-abnormal[data-vital=consciousness]")).ToHaveTextAsync("对声音有反应");
        await Expect(offer.Locator(".vital[data-vital=hr]")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-abnormal"));
        await Expect(offer.Locator(".tier-chip")).ToHaveTextAsync("红");
        await Expect(offer.Locator("[data-fact=facility]")).ToContainTextAsync("示范社区卫生服务中心01");
        await Expect(offer.Locator("[data-fact=staff]")).ToContainTextAsync("陈护士（医生）");
        await Expect(offer.Locator("[data-fact=road]")).ToContainTextAsync("公里");
        await Expect(offer.Locator("[data-fact=vehicle]")).ToHaveTextAsync("尚未派车");
        await Expect(offer.Locator(".cap-badges")).ToContainTextAsync("卒中");
        await Expect(offer.Locator(".countdown")).ToContainTextAsync("剩余");
        await Browser.ScreenshotAsync(board, "greenchannel-hospital-offer-zh");

        await board.ClickAsync(".app-header .lang-switch");
        await Expect(offer.Locator(".vital[data-vital=spo2]")).ToHaveTextAsync("SpO₂ 88%");
        await Expect(offer.Locator(".offer-facts")).ToContainTextAsync("Accompanied by");
        await Expect(offer.Locator("[data-fact=road]")).ToContainTextAsync("km by road");
        await Expect(offer.Locator("[data-fact=vehicle]")).ToHaveTextAsync("No vehicle yet");
        Assert.That(await offer.InnerTextAsync(), Does.Not.Match("[血压呼吸清醒剩余]"), "no Chinese left in the English card but the proper names");
        await Browser.ScreenshotAsync(board, "greenchannel-hospital-offer-en");
        await board.ClickAsync(".app-header .lang-switch");

        // A decline needs a reason; "other" takes free text.
        await offer.Locator("select").SelectOptionAsync("other");
        await Expect(offer.Locator(".decline-other")).ToBeVisibleAsync();
        await offer.Locator(".btn-decline").ClickAsync();
        await Expect(board.Locator(".toast-error")).ToContainTextAsync("请填写原因");
        await offer.Locator(".decline-other").FillAsync("导管室正在检修");
        await offer.Locator(".btn-decline").ClickAsync();
        await Expect(offer).ToHaveCountAsync(0);

        // After sending, the doctor sees each decline with its reason and the next offer's countdown.
        await Expect(mine.Locator(".ref-history")).ToContainTextAsync("拒收：导管室正在检修");
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-history-zh");
        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(mine.Locator(".ref-history")).ToContainTextAsync("Declined: 导管室正在检修");
        await Expect(mine.Locator(".ref-clock")).ToContainTextAsync("Waiting");
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-history-en");
        Assert.That(hospitalId, Is.Not.Empty);
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task A_parallel_offer_shows_the_second_hospital_that_another_took_the_patient_within_a_second()
    {
        var referral = await RequestAsync(priority: 2, condition: "并行询问测试：胸痛伴晕厥", spo2: 94);
        var id = referral["id"]!.GetValue<string>();
        using var dispatcher = await DispatcherAsync();
        var parallel = await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer-parallel", new { count = 2 });
        var offered = JsonNode.Parse(await parallel.Content.ReadAsStringAsync())!["referral"]!;
        var hospitals = new[] { offered["offeredHospitalId"]!.GetValue<string>() }
            .Concat(offered["parallelOfferedHospitalIds"]!.AsArray().Select(h => h!.GetValue<string>())).ToList();
        Assert.That(hospitals, Has.Count.EqualTo(2), "both hospitals with a demo account are asked at once");

        var winner = await OpenSignedInAsync(AccountOf(hospitals[0]), DemoAccounts.HospitalPassword, "winner");
        var second = await OpenSignedInAsync(AccountOf(hospitals[1]), DemoAccounts.HospitalPassword, "second");
        await Expect(second.Locator(".offer-card").Filter(new() { HasText = "并行询问测试" })).ToBeVisibleAsync();
        await second.EvaluateAsync("""
            () => { window.__withdrawnShown = new Promise((resolve) => {
              const observer = new MutationObserver(() => {
                if (document.querySelector('.offer-card[data-withdrawn=acceptedElsewhere]')) { observer.disconnect(); resolve(Date.now()); }
              });
              observer.observe(document.body, { subtree: true, childList: true });
            }); }
            """);
        var accept = winner.Locator(".offer-card").Filter(new() { HasText = "并行询问测试" }).Locator(".btn-accept");
        // The click's own moment, taken in the winner's page: the clock starts when the hospital accepts.
        await accept.EvaluateAsync("b => b.addEventListener('click', () => { window.__acceptedAt = Date.now(); }, { capture: true })");
        await accept.ClickAsync();
        var shown = await second.EvaluateAsync<double>("() => Promise.race([window.__withdrawnShown, new Promise((r) => setTimeout(() => r(-1), 20000))])");
        Assert.That(shown, Is.GreaterThan(0), "the second hospital was not told within 20 s");
        var acceptedAt = await winner.EvaluateAsync<double>("() => window.__acceptedAt");

        TestContext.Out.WriteLine($"withdrawn card shown {shown - acceptedAt} ms after the click");
        Assert.That(shown - acceptedAt, Is.LessThan(3000), "the other hospital's card says so right away (one second over the hub: GreenChannelUnderPressure)");
        await Expect(second.Locator(".offer-card[data-withdrawn=acceptedElsewhere]")).ToContainTextAsync("已由其他医院接收");
        await Browser.ScreenshotAsync(second, "greenchannel-hospital-withdrawn-zh");
        await second.ClickAsync(".app-header .lang-switch");
        await Expect(second.Locator(".offer-card[data-withdrawn=acceptedElsewhere]")).ToContainTextAsync("Accepted by another hospital");
        await Browser.ScreenshotAsync(second, "greenchannel-hospital-withdrawn-en");

        // The winner's board shows the bed it now holds for the patient.
        await Expect(winner.Locator(".bed-held").First).ToContainTextAsync("预留 1");
        await Browser.ScreenshotAsync(winner, "greenchannel-hospital-bed-held-zh");
        AssertNoBrowserErrors();
    }

    private async Task<JsonNode> RequestAsync(int priority, string condition, int spo2)
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var response = await doctor.PostAsJsonAsync("/api/referrals", new
        {
            requestingFacilityId = Facility,
            priority,
            patient = new
            {
                age = 68, sex = "male", tier = "red", condition,
                vitals = new { spO2 = spo2, heartRate = 112, systolicBp = 150, diastolicBp = 95, respiratoryRate = 24, consciousness = "alert" },
            },
            requiredCapabilities = new[] { "pci" },
            accompanyingStaff = new[] { new { name = "李医生", role = "doctor", phone = "13800000000" } },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body);
        return JsonNode.Parse(body)!["referral"]!;
    }

    [Test]
    public async Task A_doctor_sees_their_transport_booking_listed_and_following_the_vehicle_sent_in_both_languages()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var reason = $"透析患者返院 {Guid.NewGuid().ToString("N")[..4]}";
        await Page.FillAsync(".transport-form input[name=transportReason]", reason);
        await Page.CheckAsync(".transport-form input[name=transportWheelchair]");
        await Page.ClickAsync(".transport-form button[type=submit]");

        // No vehicle of the non-emergency fleet is on the road yet: the booking waits, and says so.
        var booking = Page.Locator(".my-bookings .booking").Filter(new() { HasText = reason });
        await Expect(booking.Locator(".booking-status")).ToHaveTextAsync("待派车", new() { Timeout = 15_000 });

        // A wheelchair vehicle comes on line beside the facility; the transport queue sends it, and the doctor's list
        // follows by push (the list's own refresh is a minute apart, longer than this wait).
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var mine = await doctor.GetFromJsonAsync<JsonElement>("/api/calls/mine");
        var call = mine.EnumerateArray().Single(c => c.GetProperty("chiefComplaint").GetString() == reason);
        var at = call.GetProperty("location");
        await using (var device = await Server.ConnectHubAsync(await Server.SignInAsync("device.ne-01", DemoAccounts.DevicePassword)))
            await device.InvokeAsync<bool>("ReportPosition", new Dispatch.Server.Fleet.PositionReport(at.GetProperty("lon").GetDouble() + 0.002, at.GetProperty("lat").GetDouble(), DateTimeOffset.UtcNow));
        await Expect(booking.Locator(".booking-status")).ToHaveTextAsync("已派车", new() { Timeout = 20_000 });
        await Expect(booking).ToContainTextAsync("车辆");
        await booking.ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(Page, "doctor-transport-booking-zh");

        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(booking.Locator(".booking-status")).ToHaveTextAsync("Vehicle assigned");
        await Expect(Page.Locator(".my-bookings h2")).ToHaveTextAsync("My transport bookings");
        // What the form last said, and its list of destinations, follow the switch too.
        await Expect(Page.Locator(".transport-form .form-status")).ToHaveTextAsync("Transport booked; the dispatch centre will send a vehicle");
        await Expect(Page.Locator(".transport-form select[name=destination] option").First).ToHaveTextAsync("Not specified");
        await Browser.ScreenshotAsync(Page, "doctor-transport-booking-en");
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task A_hospital_whose_last_bed_went_meanwhile_reads_which_bed_and_confirms_before_accepting_in_both_languages()
    {
        await RequestAsync(priority: 2, condition: "胸痛三小时，床位已满", spo2: 95);
        var (hospitalId, account) = await OfferedHospitalAsync("胸痛三小时，床位已满");
        // Another patient took the last chest-pain bed after the offer went out.
        using (var dispatcher = await DispatcherAsync())
        {
            var facilities = await dispatcher.GetFromJsonAsync<JsonElement>("/api/facilities");
            var hospital = facilities.GetProperty("hospitals").EnumerateArray().Single(h => h.GetProperty("id").GetString() == hospitalId);
            var held = hospital.GetProperty("bedsHeld").TryGetProperty("pci", out var n) ? n.GetInt32() : 0;
            (await dispatcher.PutAsJsonAsync($"/api/facilities/hospitals/{hospitalId}/capacity", new { beds = new Dictionary<string, int> { ["pci"] = held } })).EnsureSuccessStatusCode();
        }

        var board = await OpenSignedInAsync(account, DemoAccounts.HospitalPassword, "hospital");
        var offer = board.Locator(".offer-card").Filter(new() { HasText = "胸痛三小时，床位已满" });
        await offer.Locator(".btn-accept").ClickAsync();
        var warning = offer.Locator(".override-warning");
        await Expect(warning).ToContainTextAsync("无空床：", new() { Timeout = 15_000 });
        await Expect(warning).ToContainTextAsync("确认超出床位仍接收该患者");
        await Browser.ScreenshotAsync(board, "greenchannel-hospital-no-free-bed-zh");
        await warning.GetByRole(AriaRole.Button, new() { Name = "返回" }).ClickAsync();
        await Expect(warning).ToBeHiddenAsync();

        await board.ClickAsync(".app-header .lang-switch");
        await offer.Locator(".btn-accept").ClickAsync();
        await Expect(warning).ToContainTextAsync("No free bed:");
        await Expect(warning).ToContainTextAsync("Accept this patient beyond your beds?");
        Assert.That(await warning.InnerTextAsync(), Does.Not.Match(@"\p{IsCJKUnifiedIdeographs}"), "the warning reads in English");
        await Browser.ScreenshotAsync(board, "greenchannel-hospital-no-free-bed-en");
        await warning.Locator(".act-confirm-beyond-beds").ClickAsync();
        await Expect(board.Locator(".toast-success")).ToContainTextAsync("Referral accepted");

        var referral = (await GetAsDispatcherAsync("/api/referrals?open=true")).EnumerateArray()
            .Single(r => r.GetProperty("condition").GetString()!.Contains("胸痛三小时，床位已满"));
        Assert.That(referral.GetProperty("state").GetString(), Is.EqualTo("accepted"));
        var timeline = await GetAsDispatcherAsync($"/api/referrals/{referral.GetProperty("id").GetString()}/timeline");
        Assert.That(timeline.GetProperty("transitions").EnumerateArray().Select(t => t.GetProperty("transition").GetProperty("reason").GetString()),
            Does.Contain("acceptedBeyondFreeBeds"), "the audit says the hospital took the patient beyond its count");
    }

    [Test]
    public async Task A_doctor_sees_their_referral_escalated_to_the_dispatcher_with_the_reason_in_both_languages()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var referral = await RequestAsync(priority: 2, condition: "升级测试：腹痛伴休克", spo2: 92);
        using (var dispatcher = await DispatcherAsync())
        {
            var escalated = await dispatcher.PostAsJsonAsync($"/api/referrals/{referral["id"]!.GetValue<string>()}/escalate", new { reason = "需协调床位" });
            Assert.That((int)escalated.StatusCode, Is.EqualTo(200), await escalated.Content.ReadAsStringAsync());
        }

        // Pushed to the doctor's desk: the card says the dispatcher has it now, and why.
        var mine = Page.Locator(".col-side .ref-card").Filter(new() { HasText = "升级测试：腹痛伴休克" });
        await Expect(mine.Locator(".hist-escalated")).ToContainTextAsync("已升级：需协调床位", new() { Timeout = 15_000 });
        await mine.ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-escalated-zh");
        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(mine.Locator(".hist-escalated")).ToContainTextAsync("需协调床位");
        Assert.That(await mine.Locator(".hist-escalated").InnerTextAsync(), Does.Not.Contain("已升级"));
        await Browser.ScreenshotAsync(Page, "greenchannel-doctor-escalated-en");
        AssertNoBrowserErrors();
    }

    private async Task<(string HospitalId, string Account)> OfferedHospitalAsync(string condition)
    {
        var list = await GetAsDispatcherAsync("/api/referrals?open=true");
        var offered = list.EnumerateArray().Where(r => r.GetProperty("condition").GetString()!.Contains(condition))
            .Select(r => r.GetProperty("offeredHospitalId").GetString()).FirstOrDefault(h => h is not null);
        Assert.That(offered, Is.Not.Null, "the referral was offered to a hospital: " + list);
        return (offered!, AccountOf(offered!));
    }

    private static string AccountOf(string hospitalId)
    {
        using var accounts = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "regions", "chengdu", "accounts.json")));
        var account = accounts.RootElement.GetProperty("accounts").EnumerateArray()
            .FirstOrDefault(a => a.TryGetProperty("hospitalId", out var h) && h.GetString() == hospitalId);
        Assert.That(account.ValueKind, Is.EqualTo(JsonValueKind.Object), $"no demo account for hospital {hospitalId}");
        return account.GetProperty("username").GetString()!;
    }
}
