using System.Net.Http.Json;
using Dispatch.Server.Calls;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Console;

/// <summary>
/// The crew of a 120 call is with a STEMI patient: the dispatcher turns the call into a green-channel referral from
/// the call's card, and the PCI hospital nearest the scene gets the offer on its board.
/// </summary>
public sealed class DispatcherRefersACallFromTheScene : ConsoleFixture
{
    [Test]
    public async Task TheCallCardOpensTheGreenChannelAndTheNearestPciHospitalIsAsked()
    {
        var call = await CallWithCrewOnSceneAsync("amb-04", 104.1040, 30.6690);   // beside Chengdu Sixth People's Hospital

        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.ClickAsync(".tab[data-tab=queue]");
        var card = Page.Locator(".call-card").Filter(new() { HasText = call.Id });
        await Expect(card).ToContainTextAsync("到达现场");
        await card.Locator(".call-refer").ClickAsync();

        var dialog = Page.Locator(".refer-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator(".refer-subject")).ToContainTextAsync(call.Id);
        await FillGreenChannelFormAsync(dialog.Locator(".request-form"), new PciPatient(58, "现场心电图 ST 段抬高，胸痛 50 分钟", 92, 118, 96, 60, 22, "王医生"));
        await dialog.Locator("select[name=priority]").SelectOptionAsync("1");
        await Browser.ScreenshotAsync(Page, "dispatcher-refer-call");
        await dialog.Locator("button[type=submit]").ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var referral = Page.Locator(".queue-panel .ref-card:not(.call-card)").Filter(new() { HasText = "现场心电图 ST 段抬高" });
        await Expect(referral).ToContainTextAsync($"来自 120 呼叫 {call.Id}");
        await Expect(referral).ToContainTextAsync("成都市第六人民医院", new() { Timeout = 30_000 });
        await Expect(card).ToContainTextAsync("已转绿色通道转诊");

        var board = await OpenSignedInAsync("hospital.cd6", DemoAccounts.HospitalPassword, "hospital");
        var offer = board.Locator(".offer-card").Filter(new() { HasText = "现场心电图 ST 段抬高" });
        await Expect(offer.Locator(".countdown")).ToContainTextAsync("剩余");
        await offer.Locator(".btn-accept").ClickAsync();
        await Expect(referral).ToContainTextAsync("车组已在患者身边");
        await Browser.ScreenshotAsync(Page, "dispatcher-call-referred");
        await board.Context.CloseAsync();
        AssertNoBrowserErrors();
    }

    private async Task<Call> CallWithCrewOnSceneAsync(string vehicleId, double lon, double lat)
    {
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
        {
            Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        };
        using var dispatcher = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { kind = "emergency", lon, lat, chiefComplaint = "胸痛伴大汗，呼之能应", priority = 1 });
        var call = (await created.Content.ReadFromJsonAsync<Call>(json))!;
        (await dispatcher.PostAsJsonAsync($"/api/calls/{call.Id}/assign", new { vehicleId })).EnsureSuccessStatusCode();
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "enRoute");
        return await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "onScene");
    }
}
