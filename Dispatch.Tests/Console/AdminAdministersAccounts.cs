using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

/// <summary>
/// The administrator's screen: create a doctor bound to a facility, see that account's failed sign-ins, disable it
/// (sign-in refused, live token refused), and find every step in the administration log. No request is refused.
/// </summary>
public sealed class AdminAdministersAccounts : ConsoleFixture
{
    // A shared 2-core machine can take seconds to connect and draw; assertions wait as long as actions do.
    [OneTimeSetUp]
    public void WaitAsLongAsActions() => Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);

    [Test]
    public async Task The_admin_creates_a_bound_account_sees_its_failed_sign_ins_and_disables_it()
    {
        var refused = new ConcurrentQueue<string>();
        Page.Response += (_, r) => { if (r.Status == 403) refused.Enqueue(r.Url); };
        await SignInAsync(DemoAccounts.Admin, DemoAccounts.AdminPassword);
        await Expect(Page.Locator(".accounts-table tbody tr[data-user=dispatcher]")).ToBeVisibleAsync();

        var form = Page.Locator(".admin-create");
        await form.Locator("input[name=username]").FillAsync("doctor.new");
        await form.Locator("input[name=displayName]").FillAsync("新来的转诊医生");
        await form.Locator("select[name=role]").SelectOptionAsync("doctor");
        await form.Locator("select[name=binding]").SelectOptionAsync("g-01");
        await form.Locator("input[name=password]").FillAsync("Newcomer#120");
        await form.Locator("button[type=submit]").ClickAsync();
        var row = Page.Locator(".accounts-table tbody tr[data-user='doctor.new']");
        await Expect(row).ToContainTextAsync("新来的转诊医生");

        var token = await Server.SignInAsync("doctor.new", "Newcomer#120");
        using var asDoctor = Server.ClientWithToken(token);
        var me = await asDoctor.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/auth/me");
        Assert.That(me.GetProperty("facilityId").GetString(), Is.EqualTo("g-01"), "the new account acts for its facility");
        using (var wrong = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = "doctor.new", password = "not-the-password" }))
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        await row.Locator(".act-disable").ClickAsync();
        await Expect(row.Locator(".account-state")).ToContainTextAsync("已停用");
        await Expect(row.Locator(".account-signins")).ToContainTextAsync("失败 1 次");
        await Expect(Page.Locator(".failure-list")).ToContainTextAsync("doctor.new");
        await Expect(Page.Locator(".admin-audit li[data-action=create]")).ToContainTextAsync("doctor.new");
        await Expect(Page.Locator(".admin-audit li[data-action=disable]")).ToContainTextAsync("doctor.new");
        await Browser.ScreenshotAsync(Page, "admin-accounts");

        using (var again = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = "doctor.new", password = "Newcomer#120" }))
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a disabled account cannot sign in");
        using (var live = await asDoctor.GetAsync("/api/referrals"))
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "its live token is refused too");

        await row.Locator(".act-enable").ClickAsync();
        await Expect(row.Locator(".account-state")).ToContainTextAsync("启用");
        Assert.That(await Server.SignInAsync("doctor.new", "Newcomer#120"), Is.Not.Empty, "enabled again, it signs in");
        Assert.That(refused, Is.Empty, "the admin console made requests it may not make: " + string.Join(", ", refused));
        AssertNoBrowserErrors();
    }
}
