using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>
/// The real server (with the console in its wwwroot, from <see cref="ServerFixture"/>) and Debian's Chromium.
/// Each test gets a fresh browser context, so session and language storage never leak between tests.
/// </summary>
public abstract class ConsoleFixture : ServerFixture
{
    private Browser _browser = null!;
    private IBrowserContext? _context;
    protected IPage Page = null!;
    /// <summary>Console errors and uncaught exceptions seen by the page; a test ends by asserting there are none.</summary>
    protected readonly ConcurrentQueue<string> BrowserErrors = new();

    [OneTimeSetUp]
    public async Task StartBrowser() => _browser = await Browser.LaunchAsync();

    [SetUp]
    public async Task OpenPage()
    {
        BrowserErrors.Clear();
        _context = await NewContextAsync();
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            // The console reads the server's OpenAPI routes first, so even a missing endpoint logs nothing.
            if (message.Type != "error") return;
            BrowserErrors.Enqueue($"{message.Text} ({message.Location})");
        };
        Page.PageError += (_, error) => BrowserErrors.Enqueue("uncaught: " + error);
    }

    /// <summary>A context as a dispatcher's screen is set up: Chinese, Beijing time, 1366×768.</summary>
    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await _browser.Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>A second person at a second screen: their own context (storage), same Chromium, errors collected.</summary>
    protected async Task<IPage> OpenSignedInAsync(string username, string password, string who)
    {
        var page = await (await NewContextAsync()).NewPageAsync();
        page.PageError += (_, error) => BrowserErrors.Enqueue($"uncaught ({who}): {error}");
        page.Console += (_, message) => { if (message.Type == "error") BrowserErrors.Enqueue($"{who}: {message.Text} ({message.Location})"); };
        await Browser.SignInAsync(page, Server.Url, username, password);
        // A second screen signing in while the machine is busy may take more than the default five seconds to connect.
        await Assertions.Expect(page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page;
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (_context is not null) await BoundedAsync(_context.CloseAsync(), "closing the page");
    }

    [OneTimeTearDown]
    public async Task StopBrowser() => await BoundedAsync(_browser.DisposeAsync().AsTask(), "closing the browser");

    // A page that never finishes closing must not hold the whole run until the hang timeout; the server fixture
    // kills the process tree after this anyway.
    private static async Task BoundedAsync(Task closing, string what)
    {
        try { await closing.WaitAsync(TimeSpan.FromSeconds(30)); }
        catch (TimeoutException) { await TestContext.Progress.WriteLineAsync($"{what} took over 30 s; moving on"); }
    }

    protected async Task SignInAsync(string username, string password)
    {
        await Page.GotoAsync(Server.Url + "/");
        await Page.FillAsync("#signin-user", username);
        await Page.FillAsync("#signin-pass", password);
        await Page.ClickAsync(".signin-form button[type=submit]");
    }

    protected ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>A red-tier man who needs PCI, alert, with one accompanying doctor: what the green-channel tests send.</summary>
    protected sealed record PciPatient(int Age, string Condition, int SpO2, int HeartRate, int Systolic, int Diastolic, int RespiratoryRate, string Staff);

    /// <summary>Fills the green-channel form inside <paramref name="form"/> (a doctor's page or the 120 desk's dialog); the caller submits.</summary>
    protected static async Task FillGreenChannelFormAsync(ILocator form, PciPatient p)
    {
        await form.Locator("input[name=age]").FillAsync(p.Age.ToString());
        await form.Locator("input[name=sex][value=male]").CheckAsync();
        await form.Locator("input[name=tier][value=red]").CheckAsync();
        await form.Locator("textarea[name=condition]").FillAsync(p.Condition);
        await form.Locator("input[name=spo2]").FillAsync(p.SpO2.ToString());
        await form.Locator("input[name=heartRate]").FillAsync(p.HeartRate.ToString());
        await form.Locator("input[name=systolic]").FillAsync(p.Systolic.ToString());
        await form.Locator("input[name=diastolic]").FillAsync(p.Diastolic.ToString());
        await form.Locator("input[name=respiratoryRate]").FillAsync(p.RespiratoryRate.ToString());
        await form.Locator("select[name=consciousness]").SelectOptionAsync("alert");
        await form.Locator("input[name=capabilities][value=pci]").CheckAsync();
        await form.Locator("input[name=staffName]").FillAsync(p.Staff);
    }

    protected void AssertNoBrowserErrors() =>
        Assert.That(BrowserErrors, Is.Empty, "the page logged errors:\n" + string.Join('\n', BrowserErrors));

    protected async Task<JsonElement> GetAsDispatcherAsync(string path)
    {
        using var client = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    /// <summary>Reports a position as the vehicle's own device would, over the hub.</summary>
    protected async Task ReportPositionAsync(string device, double lon, double lat)
    {
        var hub = await Server.ConnectHubAsync(await Server.SignInAsync(device, DemoAccounts.DevicePassword));
        await using (hub)
        {
            await hub.InvokeAsync<bool>("ReportPosition", new { lon, lat, timestamp = DateTimeOffset.UtcNow, speedKmh = 35.0, headingDeg = 90.0 });
        }
    }
}
