using Microsoft.Playwright;

namespace Dispatch.Tests.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright: no browser download, no network beyond loopback.</summary>
public sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    public IBrowser Chromium { get; }
    private readonly List<string> _consoleErrors = [];

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new FileNotFoundException("Chromium is not installed (apt-get install chromium).", ChromiumPath);
        var playwright = await Playwright.CreateAsync();
        var chromium = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Browser(playwright, chromium);
    }

    /// <summary>A fresh context (its own storage) at a dispatcher's usual screen size, in Chinese unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(string locale = "zh-CN", int width = 1366, int height = 768)
    {
        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_consoleErrors) _consoleErrors.Add($"{message.Text} at {message.Location}");
        };
        page.PageError += (_, error) => { lock (_consoleErrors) _consoleErrors.Add(error); };
        return page;
    }

    public IReadOnlyList<string> ConsoleErrors
    {
        get { lock (_consoleErrors) return [.. _consoleErrors]; }
    }

    public static async Task SignInAsync(IPage page, string baseUrl, string username, string password)
    {
        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#signin-user", username);
        await page.FillAsync("#signin-pass", password);
        await page.PressAsync("#signin-pass", "Enter");
    }

    /// <summary>Saves a screenshot under artifacts/screenshots and attaches it to the test result.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        TestContext.AddTestAttachment(file, name);
        return file;
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
