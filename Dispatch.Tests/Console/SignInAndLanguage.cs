using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

public sealed class SignInAndLanguage : ConsoleFixture
{
    [Test]
    public async Task WrongPasswordIsExplainedInChineseOnTheForm()
    {
        await SignInAsync(DemoAccounts.Dispatcher, "not-the-password");

        await Expect(Page.Locator(".signin-form .form-error")).ToHaveTextAsync("用户名或密码错误");
        await Expect(Page.Locator("#signin-user")).ToBeVisibleAsync();
        AssertNoBrowserErrors401Excepted();
    }

    [Test]
    public async Task EnglishChoiceSurvivesAReloadAndSignOutReturnsToSignIn()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".app-header")).ToContainTextAsync("退出");

        await Page.ClickAsync(".app-header .lang-switch");
        await Expect(Page.Locator(".app-header")).ToContainTextAsync("Sign out");
        await Page.ReloadAsync();
        await Expect(Page.Locator(".app-header")).ToContainTextAsync("Sign out");
        await Expect(Page.Locator(".tabs[role=tablist]").First).ToContainTextAsync("Vehicles");

        await Page.GetByText("Sign out").ClickAsync();
        await Expect(Page.Locator(".signin-form")).ToBeVisibleAsync();
        await Expect(Page.Locator(".signin-card h2")).ToHaveTextAsync("Sign in");
        AssertNoBrowserErrors();
    }

    private void AssertNoBrowserErrors401Excepted()
    {
        // The refused sign-in itself is logged by Chromium as a failed resource load.
        var unexpected = BrowserErrors.Where(e => !(e.StartsWith("Failed to load resource") && e.Contains("401"))).ToList();
        Assert.That(unexpected, Is.Empty, string.Join('\n', unexpected));
    }
}
