using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;

namespace Dispatch.Tests.Console;

/// <summary>The walking skeleton end to end: a device reports over the hub, Redis stores it, a signed-in dispatcher sees it move on Chengdu's streets.</summary>
[TestFixture]
public sealed class DispatcherSeesVehiclesMoveOnTheStreetMap
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;
    private Browser _browser = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis);
        _browser = await Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _browser.DisposeAsync();
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task A_reporting_vehicle_moves_on_the_dispatcher_map()
    {
        await using var device = await _server.ConnectHubAsync(await _server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));
        await device.InvokeAsync<bool>("ReportPosition", new PositionReport(104.0700, 30.6700, DateTimeOffset.UtcNow, 40, 90));

        var page = await _browser.NewPageAsync();
        await Browser.SignInAsync(page, _server.Url, DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);

        // The basemap is drawn by the server from the region's OSM roads.
        await page.WaitForSelectorAsync("img.leaflet-tile-loaded", new PageWaitForSelectorOptions { Timeout = 30_000 });
        // Tiles arrive one by one after the first; wait for several rather than count at the first one.
        var tiles = 0;
        await Poll.UntilAsync(async () =>
        {
            tiles = await page.EvalOnSelectorAllAsync<int>("img.leaflet-tile-loaded", "imgs => imgs.filter(i => i.naturalWidth === 256).length");
            return tiles > 3;
        }, TimeSpan.FromSeconds(30), $"more than 3 basemap tiles (last count: {tiles})");

        var first = await WaitForVehicleAsync(page, p => Math.Abs(p.Lon - 104.0700) < 1e-6);
        Assert.That(first.Lat, Is.EqualTo(30.6700).Within(1e-6));

        // Drive east along the street, one report a second as a device would.
        for (var i = 1; i <= 3; i++)
            await device.InvokeAsync<bool>("ReportPosition", new PositionReport(104.0700 + i * 0.0005, 30.6700, DateTimeOffset.UtcNow.AddMilliseconds(i), 40, 90));
        var moved = await WaitForVehicleAsync(page, p => Math.Abs(p.Lon - 104.0715) < 1e-6);
        Assert.That(moved.Stale, Is.False);

        await page.Locator($".vehicle-row[data-id='{DemoAccounts.VehicleV1}']").ClickAsync();
        await Browser.ScreenshotAsync(page, "dispatcher-map");
        Assert.That(await page.Locator("html").GetAttributeAsync("lang"), Is.EqualTo("zh-CN"));
        Assert.That(_browser.ConsoleErrors, Is.Empty);
    }

    private sealed record SeenVehicle(double Lon, double Lat, string Status, bool Stale);

    private static async Task<SeenVehicle> WaitForVehicleAsync(IPage page, Func<SeenVehicle, bool> condition)
    {
        SeenVehicle? last = null;
        try
        {
            await Poll.UntilAsync(async () =>
            {
                var json = await page.EvaluateAsync<string>($"() => JSON.stringify(window.dispatchConsole?.vehicle('{DemoAccounts.VehicleV1}') ?? null)");
                last = System.Text.Json.JsonSerializer.Deserialize<SeenVehicle>(json, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
                return last is not null && condition(last);
            }, TimeSpan.FromSeconds(20), "the console to show the vehicle");
        }
        catch (TimeoutException e)
        {
            // The message of the poll is written before polling; what the console showed last is only known now.
            var hub = await page.EvaluateAsync<string>("() => document.querySelector('.conn-text')?.textContent ?? '?'");
            throw new TimeoutException($"{e.Message} Last seen: {last?.ToString() ?? "nothing"}; connection: {hub}.", e);
        }
        return last!;
    }
}
