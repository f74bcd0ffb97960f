using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

public sealed class DoctorAndHospitalWorkspaces : ConsoleFixture
{
    [Test]
    public async Task AnIncompleteReferralRequestIsRefusedWithChineseMessagesPerField()
    {
        await SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Expect(Page.Locator(".request-form")).ToBeVisibleAsync();

        await Page.FillAsync(".request-form input[name=age]", "130");
        await Page.FillAsync(".request-form input[name=systolic]", "80");
        await Page.FillAsync(".request-form input[name=diastolic]", "90");
        await Page.ClickAsync(".request-form button[type=submit]");

        await Expect(Page.Locator("[data-field=age] .field-error")).ToHaveTextAsync("应在 0–120 之间");
        await Expect(Page.Locator("[data-field=bp] .field-error")).ToHaveTextAsync("收缩压应高于舒张压");
        await Expect(Page.Locator("[data-field=tier] .field-error")).ToHaveTextAsync("必填");
        await Expect(Page.Locator("[data-field=capabilities] .field-error")).ToHaveTextAsync("请至少选择一项救治能力");
        await Expect(Page.Locator(".request-form .form-status")).ToHaveTextAsync("请更正标红的项目后再提交");
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task TheHospitalDeskShowsItsOwnHospital()
    {
        await SignInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);

        await Expect(Page.Locator(".hospital-status h2")).ToHaveTextAsync("成都第三人民医院");
        await Expect(Page.Locator(".app-header")).ToContainTextAsync("接收医院");
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        AssertNoBrowserErrors();
    }
}
