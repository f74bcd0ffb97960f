using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

public sealed class DispatcherWorkspace : ConsoleFixture
{
    [Test]
    public async Task ShowsEveryVehicleEveryHospitalTheBasemapAndALiveConnection()
    {
        var vehicles = (await GetAsDispatcherAsync("/api/fleet/vehicles")).GetArrayLength();
        var hospitals = (await GetAsDispatcherAsync("/api/facilities")).GetProperty("hospitals").GetArrayLength();

        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);

        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Expect(Page.Locator(".vehicle-row")).ToHaveCountAsync(Math.Min(vehicles, 200));
        await Expect(Page.Locator(".leaflet-marker-pane .hosp-marker")).ToHaveCountAsync(hospitals);
        await Expect(Page.Locator(".leaflet-tile-loaded").First).ToBeVisibleAsync();
        await Expect(Page.Locator(".leaflet-control-attribution")).ToContainTextAsync("© OpenStreetMap contributors");
        await Expect(Page.Locator(".conn-banner")).ToBeHiddenAsync();
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task APositionFromTheDeviceShowsTheVehicleOnTheMap()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();

        await ReportPositionAsync(DemoAccounts.DeviceV1, 104.0735, 30.6743);

        // Search for the vehicle and open it: the popup only opens for a vehicle that has a marker.
        await Page.Keyboard.PressAsync("/");
        await Page.Keyboard.TypeAsync("急救01");
        await Expect(Page.Locator(".vehicle-row")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".vehicle-row .stale-pill")).ToHaveCountAsync(0);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.Locator(".leaflet-popup .veh-pop")).ToContainTextAsync("急救01");
        await Expect(Page.Locator(".leaflet-popup .veh-pop")).ToContainTextAsync("35");
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task TakesACallPickedOnTheMapAndDispatchesAVehicle()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await ReportPositionAsync(DemoAccounts.DeviceV2, 104.0800, 30.6700);

        await Page.Keyboard.PressAsync("n");
        await Expect(Page.Locator(".call-dialog")).ToBeVisibleAsync();
        var map = (await Page.Locator("#dispatch-map").BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync(map.X + map.Width * 0.6f, map.Y + map.Height * 0.5f);
        await Page.FillAsync(".call-dialog textarea[name=chiefComplaint]", "胸痛 30 分钟，大汗");
        await Page.FillAsync(".call-dialog input[name=callerPhone]", "138 0000 1234");
        await Page.ClickAsync(".call-dialog button[type=submit]");

        var card = Page.Locator(".call-card").Filter(new() { HasText = "胸痛 30 分钟" });
        await Expect(card).ToContainTextAsync("待派车");
        await Expect(card.Locator("select option[value='" + DemoAccounts.VehicleV2 + "']")).ToHaveCountAsync(1);
        await card.Locator("select").SelectOptionAsync(DemoAccounts.VehicleV2);
        await card.Locator("button", new() { HasText = "派车" }).ClickAsync();

        await Expect(card).ToContainTextAsync("已派车");
        await Expect(card).ToContainTextAsync("急救02");
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task ALostServerShowsTheBannerAndTheConsoleRecoversWhenItIsBack()
    {
        // Every toast the page ever shows, to count the reconnection notices at the end.
        await Page.AddInitScriptAsync("""
            window.__toasts = [];
            new MutationObserver((changes) => { for (const c of changes) for (const n of c.addedNodes)
                if (n.classList && n.classList.contains('toast')) window.__toasts.push(n.textContent); })
              .observe(document, { childList: true, subtree: true });
            """);
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();

        Server.Kill();
        await Expect(Page.Locator(".conn-banner")).ToContainTextAsync("连接已断开，正在重新连接…");
        await Server.RestartAsync();

        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(Page.Locator(".conn-banner")).ToBeHiddenAsync();
        await Expect(Page.Locator(".toast-success", new() { HasText = "已重新连接，数据已同步" })).ToBeVisibleAsync();
        // The return after the outage is announced once; the page's first connect, which also loaded every list, was not.
        var toasts = await Page.EvaluateAsync<string[]>("window.__toasts");
        Assert.That(toasts.Count(t => t == "已重新连接，数据已同步"), Is.EqualTo(1), string.Join(" | ", toasts));
        // Failed transports while the server was down are expected; nothing may have thrown.
        Assert.That(BrowserErrors.Where(e => e.StartsWith("uncaught")), Is.Empty);
    }
}
