using System.Text.Json;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// One green-channel transfer from request to hand-over, played in three consoles at once against the real server,
/// with the real `simulate` crew driving amb-03: doctor asks, hospital accepts, dispatcher sends the ambulance,
/// the doctor watches it drive, the hospital takes the patient over, and every console sees the transfer finished.
/// </summary>
public sealed class GreenChannelTransferEndToEnd : ConsoleFixture
{
    private const string FallbackHospital = "h-4201795163"; // 成都第三人民医院, account hospital.cd3
    private const string Vehicle = "amb-03";
    private const string Condition = "突发胸痛伴大汗 1 小时，心电图 ST 段抬高";

    [Test]
    public async Task A_doctors_request_travels_through_hospital_and_dispatcher_consoles_to_a_completed_hand_over()
    {
        await using var simulator = SimulatorProcess.Start(Server, Vehicle);

        // Doctor: the green-channel request.
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await FillRequestAsync(Page);
        var doctorCard = Page.Locator(".col-side .ref-card").Filter(new() { HasText = Condition });
        await Expect(doctorCard).ToBeVisibleAsync();
        var referralId = await doctorCard.GetAttributeAsync("data-id");
        Assert.That(referralId, Is.Not.Null.And.Not.Empty);

        // Dispatcher: watching the queue from the start.
        var dispatcher = await OpenSignedInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword, "dispatcher");
        await dispatcher.ClickAsync(".tab[data-tab=queue]");
        var queueCard = dispatcher.Locator(".queue-panel .ref-card").Filter(new() { HasText = Condition });
        await Expect(queueCard).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The hospital the server asked, or, when that one has no account on this demo, the dispatcher's choice.
        var offered = await OfferedHospitalAsync(referralId!);
        var account = HospitalAccount(offered);
        if (account is null)
        {
            await queueCard.Locator("select[aria-label='指定接收医院…']").SelectOptionAsync(FallbackHospital);
            await queueCard.Locator("button", new() { HasText = "询问该院" }).ClickAsync();
            await Poll.UntilAsync(async () => await OfferedHospitalAsync(referralId!) == FallbackHospital, TimeSpan.FromSeconds(20),
                "the referral to be offered to " + FallbackHospital);
            account = HospitalAccount(FallbackHospital);
        }
        Assert.That(account, Is.Not.Null);

        // Hospital: accepts on its board.
        var hospital = await OpenSignedInAsync(account!, DemoAccounts.HospitalPassword, "hospital");
        var offer = hospital.Locator(".offer-card").Filter(new() { HasText = Condition });
        await Expect(offer.Locator(".countdown")).ToContainTextAsync("剩余");
        await offer.Locator(".btn-accept").ClickAsync();
        await Expect(doctorCard).ToContainTextAsync("医院已接收");

        // Dispatcher: sends amb-03, which the simulator is driving (it must have reported to be offered).
        await Expect(queueCard).ToContainTextAsync("医院已接收");
        var vehicleSelect = queueCard.Locator("select[aria-label='选择车辆…']");
        await vehicleSelect.SelectOptionAsync(Vehicle, new() { Timeout = 60_000 });
        await queueCard.Locator(".picker button.btn-primary").ClickAsync();
        await Expect(doctorCard).ToContainTextAsync("急救03", new() { Timeout = 20_000 });

        // Doctor: the ambulance appears on the tracking map and moves.
        var first = await Page.WaitForFunctionAsync("id => window.dispatchConsole?.vehicle(id)", Vehicle, new() { Timeout = 60_000 });
        var start = await first.JsonValueAsync<JsonElement>();
        await Page.WaitForFunctionAsync(
            "([id, lon, lat]) => { const v = window.dispatchConsole?.vehicle(id); return v && (v.lon !== lon || v.lat !== lat); }",
            new object[] { Vehicle, start.GetProperty("lon").GetDouble(), start.GetProperty("lat").GetDouble() }, new() { Timeout = 60_000 });
        await Browser.ScreenshotAsync(Page, "doctor-workspace");
        await Browser.ScreenshotAsync(dispatcher, "dispatcher-workspace");

        // Hospital: the crew arrives and the hospital confirms the hand-over.
        var incoming = hospital.Locator(".col-side .ref-card").Filter(new() { HasText = Condition });
        var handover = incoming.Locator("button", new() { HasText = "确认交接" });
        await Expect(handover).ToBeVisibleAsync(new() { Timeout = 150_000 });
        await Expect(incoming).ToContainTextAsync("急救03");
        await Browser.ScreenshotAsync(hospital, "hospital-workspace");
        await handover.ClickAsync();

        // Every console shows the transfer finished.
        await Expect(hospital.Locator(".ref-list-done .ref-card").Filter(new() { HasText = Condition })).ToContainTextAsync("已交接");
        await Expect(doctorCard).ToContainTextAsync("已交接");
        await Expect(dispatcher.Locator(".ref-list-done .ref-card").Filter(new() { HasText = Condition })).ToContainTextAsync("已交接");
        await Browser.ScreenshotAsync(dispatcher, "dispatcher-workspace-completed");
        await Browser.ScreenshotAsync(hospital, "hospital-workspace-completed");

        await dispatcher.Context.CloseAsync();
        await hospital.Context.CloseAsync();
        AssertNoBrowserErrors();
    }

    private static async Task FillRequestAsync(IPage page)
    {
        await FillGreenChannelFormAsync(page.Locator(".request-form"), new PciPatient(58, Condition, 92, 108, 145, 92, 22, "王医生"));
        await page.ClickAsync(".request-form button[type=submit]");
        await Assertions.Expect(page.Locator(".request-form .form-status")).ToHaveTextAsync("转诊申请已提交，正在匹配接收医院");
    }


    /// <summary>Waits until the server has asked some hospital (or escalated for want of one); null when escalated.</summary>
    private async Task<string?> OfferedHospitalAsync(string referralId)
    {
        string? hospital = null;
        await Poll.UntilAsync(async () =>
        {
            var r = (await GetAsDispatcherAsync($"/api/referrals/{referralId}")).GetProperty("referral");
            var state = r.GetProperty("state").GetString();
            hospital = r.TryGetProperty("offeredHospitalId", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            return state is "offered" or "escalated" or "declined";
        }, TimeSpan.FromSeconds(30), "the referral to be offered or escalated");
        return hospital;
    }

    private static string? HospitalAccount(string? hospitalId)
    {
        if (hospitalId is null) return null;
        using var accounts = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "regions", "chengdu", "accounts.json")));
        return accounts.RootElement.GetProperty("accounts").EnumerateArray()
            .Where(a => a.TryGetProperty("hospitalId", out var h) && h.GetString() == hospitalId)
            .Select(a => a.GetProperty("username").GetString())
            .FirstOrDefault();
    }
}
