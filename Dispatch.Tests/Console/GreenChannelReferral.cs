using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// The green channel through three consoles: a township doctor asks, the offered hospital accepts on its board,
/// and the doctor sees it live.
/// </summary>
public sealed class GreenChannelReferral : ConsoleFixture
{
    [Test]
    public async Task ADoctorsRequestIsAcceptedByTheOfferedHospitalAndTheDoctorSeesItLive()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await FillGreenChannelFormAsync(Page.Locator(".request-form"), new PciPatient(67, "急性胸痛 2 小时，心电图 ST 段抬高", 91, 112, 150, 95, 24, "李医生"));
        await Page.ClickAsync(".request-form button[type=submit]");
        await Expect(Page.Locator(".request-form .form-status")).ToHaveTextAsync("转诊申请已提交，正在匹配接收医院");

        var mine = Page.Locator(".col-side .ref-card").Filter(new() { HasText = "急性胸痛 2 小时" });
        await Expect(mine).ToContainTextAsync("待医院确认", new() { Timeout = 30_000 });

        var hospitalAccount = await OfferedHospitalAccountAsync();
        var hospital = await Page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        var board = await hospital.NewPageAsync();
        board.PageError += (_, error) => BrowserErrors.Enqueue("uncaught (hospital): " + error);
        await board.GotoAsync(Server.Url + "/");
        await board.FillAsync("#signin-user", hospitalAccount);
        await board.FillAsync("#signin-pass", DemoAccounts.HospitalPassword);
        await board.ClickAsync(".signin-form button[type=submit]");

        var offer = board.Locator(".offer-card").Filter(new() { HasText = "急性胸痛 2 小时" });
        await Expect(offer.Locator(".countdown")).ToContainTextAsync("剩余");
        await offer.Locator(".btn-accept").ClickAsync();
        await Expect(board.Locator(".col-side .ref-card").Filter(new() { HasText = "急性胸痛 2 小时" })).ToContainTextAsync("医院已接收");

        // The doctor's list follows over the hub, without a reload.
        await Expect(mine).ToContainTextAsync("医院已接收");
        await hospital.CloseAsync();
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task A_doctor_cancels_their_own_request_only_after_giving_a_reason_and_the_reason_is_in_the_audit()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await FillGreenChannelFormAsync(Page.Locator(".request-form"), new PciPatient(58, "胸闷气短 1 小时，待转诊", 96, 104, 138, 88, 20, "王医生"));
        await Page.ClickAsync(".request-form button[type=submit]");
        var mine = Page.Locator(".col-side .ref-card").Filter(new() { HasText = "胸闷气短 1 小时" });
        await Expect(mine).ToContainTextAsync("待医院确认", new() { Timeout = 30_000 });
        var referralId = await mine.GetAttributeAsync("data-id");

        await mine.Locator(".act-cancel").ClickAsync();
        var dialog = Page.Locator(".reason-form");
        await dialog.Locator(".reason-confirm").ClickAsync();
        await Expect(dialog.Locator(".form-error")).ToBeVisibleAsync();   // no reason, no cancel
        await dialog.Locator("input[name=reason][value=conditionImproved]").CheckAsync();
        await dialog.Locator(".reason-confirm").ClickAsync();

        await Expect(mine).ToContainTextAsync("已取消");
        // Once cancelled the server permits the doctor nothing more, so the card offers nothing.
        await Expect(mine.Locator(".act-cancel")).ToHaveCountAsync(0);
        var audit = await GetAsDispatcherAsync($"/api/referrals/{referralId}/timeline");
        var cancel = audit.GetProperty("transitions").EnumerateArray().Select(e => e.GetProperty("transition")).Last();
        Assert.Multiple(() =>
        {
            Assert.That(cancel.GetProperty("action").GetString(), Is.EqualTo("cancel"));
            Assert.That(cancel.GetProperty("reason").GetString(), Is.EqualTo("conditionImproved"));
            Assert.That(cancel.GetProperty("actor").GetString(), Is.EqualTo(DemoAccounts.DoctorA));
        });
        AssertNoBrowserErrors();
    }

    /// <summary>The demo account of whichever hospital the server offered the newest referral to.</summary>
    private async Task<string> OfferedHospitalAccountAsync()
    {
        var list = await GetAsDispatcherAsync("/api/referrals?open=true");
        var offered = list.EnumerateArray()
            .Select(r => r.TryGetProperty("offeredHospitalId", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null)
            .LastOrDefault(h => h is not null);
        Assert.That(offered, Is.Not.Null, "no referral was offered to a hospital: " + list);
        using var accounts = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "regions", "chengdu", "accounts.json")));
        var account = accounts.RootElement.GetProperty("accounts").EnumerateArray()
            .FirstOrDefault(a => a.TryGetProperty("hospitalId", out var h) && h.GetString() == offered);
        Assert.That(account.ValueKind, Is.EqualTo(JsonValueKind.Object), $"no demo account for hospital {offered}");
        return account.GetProperty("username").GetString()!;
    }
}
