using System.Net.Http.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Calls;

[TestFixture]
public sealed class TransportsAreServedByTheNonEmergencyFleet : CallsFixture
{
    [Test]
    public async Task A_queued_wheelchair_transport_gets_the_nearest_wheelchair_vehicle_and_never_an_ambulance()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var (vehicle, lon) in new[] { ("amb-12", 104.0801), ("ne-02", 104.0805), ("ne-01", 104.0900) })
        {
            await using var device = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicle}", DemoAccounts.DevicePassword));
            await device.InvokeAsync<bool>("ReportPosition", new PositionReport(lon, 30.6750, now));
        }

        var call = await CreateAsync(new { kind = "Transport", lon = 104.0800, lat = 30.6750, chiefComplaint = "透析患者往返医院", priority = 4, wheelchairNeeded = true });

        var served = await Poll.UntilAsync(async () =>
        {
            var c = await Dispatcher.GetFromJsonAsync<Call>($"/api/calls/{call.Id}", Json);
            return c!.Status == CallStatus.Dispatched ? c : null;
        }, TimeSpan.FromSeconds(30), "the transport queue to serve the request");
        // ne-02 and the ambulance are nearer, but only ne-01 carries a wheelchair and is of the non-emergency fleet.
        Assert.That(served.VehicleId, Is.EqualTo("ne-01"));
    }
}
