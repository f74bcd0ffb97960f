using System.Net.Http.Json;
using Dispatch.Server.Calls;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Console;

/// <summary>
/// A dispatcher cancels a call and sends its ambulance to a new one while the crew's device still reports the old
/// mission: the console's queue shows the new call dispatched with that ambulance, in Chinese and in English.
/// </summary>
public sealed class ReassignedAmbulanceShowsItsNewCall : ConsoleFixture
{
    [TestCase("zh")]
    [TestCase("en")]
    public async Task The_queue_shows_the_new_call_dispatched_and_the_late_report_changed_nothing(string language)
    {
        var vehicleId = language == "zh" ? "amb-05" : "amb-06";
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };
        using var dispatcher = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        async Task<Call> NewCallAsync(string complaint)
        {
            using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { kind = "emergency", lon = 104.07, lat = 30.67, chiefComplaint = complaint, priority = 1 });
            return (await created.Content.ReadFromJsonAsync<Call>(json))!;
        }
        // What a call-taker types is in the console's language, so each screenshot shows one language only.
        var zh = language == "zh";
        var old = await NewCallAsync(zh ? "旧任务：来电者撤回" : "Old mission: caller withdrew");
        (await dispatcher.PostAsJsonAsync($"/api/calls/{old.Id}/assign", new { vehicleId })).EnsureSuccessStatusCode();
        (await dispatcher.PostAsJsonAsync($"/api/calls/{old.Id}/cancel", new { reason = zh ? "来电者撤回" : "The caller withdrew" })).EnsureSuccessStatusCode();
        var current = await NewCallAsync(zh ? "新任务：胸痛" : "New mission: chest pain");
        (await dispatcher.PostAsJsonAsync($"/api/calls/{current.Id}/assign", new { vehicleId })).EnsureSuccessStatusCode();
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        Assert.ThrowsAsync<HubException>(() => crew.InvokeAsync<Call>("ReportMilestone", old.Id, "onScene"));

        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        if (language == "en")
        {
            await Page.ClickAsync(".app-header .lang-switch");
            await Expect(Page.Locator(".app-header")).ToContainTextAsync("Sign out");
        }
        // The first console of a freshly started server on a busy machine may take a while to connect.
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Page.ClickAsync(".tab[data-tab=queue]");
        var card = Page.Locator(".call-card").Filter(new() { HasText = current.Id });
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("call-dispatched"));
        await Expect(Page.Locator(".call-card").Filter(new() { HasText = old.Id })).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(Page, $"writepath-reassigned-{language}");
        AssertNoBrowserErrors();
    }
}
