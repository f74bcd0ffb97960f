using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

/// <summary>Road closures drawn by the dispatcher: drawn, listed, known to routing, lifted, and reloaded on connect.</summary>
public sealed class DispatcherClosesARoadOnTheMap : ConsoleFixture
{
    /// <summary>The tests share one server: each starts with no closure in force.</summary>
    [SetUp]
    public async Task LiftEveryClosure()
    {
        using var dispatcher = await DispatcherAsync();
        foreach (var c in (await dispatcher.GetFromJsonAsync<JsonElement>("/api/routing/closures")).EnumerateArray())
            (await dispatcher.DeleteAsync($"/api/routing/closures/{c.GetProperty("id").GetString()}")).EnsureSuccessStatusCode();
    }

    [TestCase("zh-CN", "道路积水", "解除", "dispatcher-closure")]
    [TestCase("en", "Flooding", "Lift", "dispatcher-closure-en")]
    public async Task A_closure_drawn_across_a_street_is_listed_drawn_and_lifted(string lang, string flooding, string liftLabel, string screenshot)
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        if (lang == "en")
        {
            await Page.ClickAsync(".app-header .lang-switch");
            await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        }
        await Expect(Page.Locator(".leaflet-tile-loaded").First).ToBeVisibleAsync();

        // C starts drawing; three points across the blocks west of the centre (the map opens on the region's centre),
        // the last one double-clicked to finish.
        await Page.Keyboard.PressAsync("c");
        await Expect(Page.Locator(".map-hint")).ToBeVisibleAsync();
        var box = (await Page.Locator("#dispatch-map").BoundingBoxAsync())!;
        float X(double fraction) => (float)(box.X + box.Width * fraction);
        float Y(double fraction) => (float)(box.Y + box.Height * fraction);
        await Page.Mouse.ClickAsync(X(0.30), Y(0.25));
        await Page.Mouse.ClickAsync(X(0.40), Y(0.28));
        await Page.Mouse.DblClickAsync(X(0.50), Y(0.24));

        var dialog = Page.Locator(".closure-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator(".chip", new() { HasText = flooding }).ClickAsync();
        await Expect(dialog.Locator("input[name=closureReason]")).ToHaveValueAsync(flooding);
        await dialog.Locator("button[type=submit]").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var item = Page.Locator(".closure-list .closure-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync(flooding);
        // Who set it, by the name people know (the account's display name), not the username.
        await Expect(item).ToContainTextAsync("王敏");
        await Expect(item).Not.ToContainTextAsync("dispatcher");
        var line = Page.Locator("path.closure-line");
        await Expect(line).ToHaveCountAsync(1);
        Assert.That(await line.GetAttributeAsync("stroke-dasharray"), Is.Not.Null.And.Not.Empty, "a closure is drawn dashed");
        await Page.Mouse.MoveAsync(X(0.35), Y(0.265)); // on the first segment

        await Expect(Page.Locator(".leaflet-tooltip")).ToContainTextAsync(flooding);

        // The server closed real road under the line, with three points as drawn.
        var closures = await GetAsDispatcherAsync("/api/routing/closures");
        Assert.That(closures.GetArrayLength(), Is.EqualTo(1));
        var closure = closures[0];
        Assert.That(closure.GetProperty("reason").GetString(), Is.EqualTo(flooding));
        Assert.That(closure.GetProperty("setBy").GetString(), Is.EqualTo(DemoAccounts.Dispatcher));
        Assert.That(closure.GetProperty("setByName").GetString(), Is.EqualTo("王敏"));
        Assert.That(closure.GetProperty("line").GetArrayLength(), Is.EqualTo(3), "the double-click adds one point, not two");
        Assert.That(closure.GetProperty("closedEdges").GetInt32(), Is.GreaterThan(0), "the line crosses streets: " + closure);
        await Browser.ScreenshotAsync(Page, screenshot);
        // Only the dispatcher's name and what was typed stay as written; everything else is in the screen's language.
        await LanguageScan.AssertCleanAsync(Page, lang, "a closure on the map");

        await item.Locator("button", new() { HasText = liftLabel }).ClickAsync();
        await Expect(item).ToHaveCountAsync(0);
        await Expect(line).ToHaveCountAsync(0);
        Assert.That((await GetAsDispatcherAsync("/api/routing/closures")).GetArrayLength(), Is.EqualTo(0));
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task Esc_abandons_a_drawing_without_closing_anything()
    {
        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.ClickAsync(".closure-draw");
        await Expect(Page.Locator(".map-hint")).ToBeVisibleAsync();
        var box = (await Page.Locator("#dispatch-map").BoundingBoxAsync())!;
        await Page.Mouse.ClickAsync(box.X + 200, box.Y + 200);
        await Page.Mouse.ClickAsync(box.X + 300, box.Y + 220);

        await Page.Keyboard.PressAsync("Escape");

        await Expect(Page.Locator(".map-hint")).ToBeHiddenAsync();
        await Expect(Page.Locator(".closure-dialog")).ToBeHiddenAsync();
        Assert.That((await GetAsDispatcherAsync("/api/routing/closures")).GetArrayLength(), Is.EqualTo(0));
        AssertNoBrowserErrors();
    }

    [Test]
    public async Task Closures_set_by_another_dispatcher_are_shown_when_the_console_connects()
    {
        using var other = await DispatcherAsync();
        using var created = await other.PostAsJsonAsync("/api/routing/closures",
            new { reason = "疫情卡口", line = new[] { new[] { 104.0700, 30.6600 }, new[] { 104.0760, 30.6600 } }, radiusMeters = 20 });
        Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        try
        {
            await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
            await Expect(Page.Locator(".closure-list .closure-item")).ToHaveCountAsync(1);
            await Expect(Page.Locator(".closure-list .closure-item")).ToContainTextAsync("疫情卡口");
            await Expect(Page.Locator("path.closure-line")).ToHaveCountAsync(1);
            AssertNoBrowserErrors();
        }
        finally
        {
            await other.DeleteAsync($"/api/routing/closures/{id}");
        }
    }
}
