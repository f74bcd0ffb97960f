using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Calls;

[TestFixture]
public sealed class AssignmentTakesAVehicleOnce : CallsFixture
{
    [Test]
    public async Task Assignment_notifies_only_that_vehicle()
    {
        var toV1 = new ConcurrentBag<Call>();
        var toV2 = new ConcurrentBag<Call>();
        await using var v1 = Server.Hub(await Server.SignInAsync("device.amb-04", DemoAccounts.DevicePassword));
        await using var v2 = Server.Hub(await Server.SignInAsync("device.amb-05", DemoAccounts.DevicePassword));
        v1.On<Call>(CallService.AssignmentEvent, c => toV1.Add(c));
        v2.On<Call>(CallService.AssignmentEvent, c => toV2.Add(c));
        await v1.StartJoinedAsync();
        await v2.StartJoinedAsync();

        var call = await CreateAsync(EmergencyAt());
        using var response = await AssignAsync(call.Id, "amb-04");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Poll.UntilAsync(() => toV1.Any(c => c.Id == call.Id), TimeSpan.FromSeconds(10), "the assigned vehicle to be notified");
        // The other device shares the hub; had it been sent the assignment it would have arrived with the first.
        await v2.InvokeAsync<Call?>("CurrentAssignment");
        Assert.That(toV2, Is.Empty);
        var current = await v1.InvokeAsync<Call?>("CurrentAssignment");
        Assert.That(current!.Id, Is.EqualTo(call.Id));
    }

    [Test]
    public async Task Two_dispatchers_sending_one_vehicle_at_once_exactly_one_wins()
    {
        using var second = Server.ClientWithToken(await Server.SignInAsync("dispatcher2", DemoAccounts.DispatcherPassword));
        var a = await CreateAsync(EmergencyAt());
        var b = await CreateAsync(EmergencyAt());

        var results = await Task.WhenAll(AssignAsync(a.Id, "amb-06"), AssignAsync(b.Id, "amb-06", second));

        Assert.That(results.Count(r => r.StatusCode == HttpStatusCode.OK), Is.EqualTo(1));
        var loser = results.Single(r => r.StatusCode != HttpStatusCode.OK);
        Assert.That(loser.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await loser.Content.ReadAsStringAsync(), Does.Contain("Dispatched"));
    }

    [Test]
    public async Task A_vehicle_without_the_needed_equipment_is_refused()
    {
        var call = await CreateAsync(EmergencyAt(equipment: ["ventilator"]));
        using var response = await AssignAsync(call.Id, "amb-08"); // a township BLS ambulance: oxygen and monitor only
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("ventilator"));
    }

    [Test]
    public async Task A_transport_is_never_served_by_an_ambulance()
    {
        var call = await CreateAsync(new { kind = "Transport", lon = 104.07, lat = 30.67, chiefComplaint = "出院回家", priority = 4 });
        using var refused = await AssignAsync(call.Id, "amb-09");
        using var accepted = await AssignAsync(call.Id, "ne-02");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_crew_milestones_stamp_the_call_and_free_the_vehicle()
    {
        var call = await CreateAsync(EmergencyAt());
        (await AssignAsync(call.Id, "amb-07")).EnsureSuccessStatusCode();
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync("device.amb-07", DemoAccounts.DevicePassword));

        foreach (var m in new[] { "EnRoute", "OnScene", "Transporting", "AtHospital", "Available" })
            await crew.InvokeAsync<Call>("ReportMilestone", call.Id, m);

        var done = await Dispatcher.GetFromJsonAsync<Call>($"/api/calls/{call.Id}", Json);
        var t = done!.Timestamps;
        Assert.Multiple(() =>
        {
            Assert.That(done.Status, Is.EqualTo(CallStatus.Completed));
            Assert.That(new[] { t.Dispatched, t.EnRoute, t.OnScene, t.LeftScene, t.AtHospital, t.BackInService }, Is.All.Not.Null);
            Assert.That(t.EnRoute!.Value, Is.GreaterThanOrEqualTo(t.Dispatched!.Value));
            Assert.That(done.DepartureSeconds, Is.LessThan(180));
        });
        var figures = await Dispatcher.GetFromJsonAsync<ShiftFiguresView>("/api/shift/figures", Json);
        Assert.That(figures!.DepartureWithin3MinutesRate, Is.GreaterThan(0));
        var vehicles = await Dispatcher.GetFromJsonAsync<VehicleView[]>("/api/fleet/vehicles", Json);
        Assert.That(vehicles!.Single(v => v.Id == "amb-07").Status, Is.EqualTo(VehicleStatus.Available));
    }

    [Test]
    public async Task A_crew_cannot_skip_ahead_or_report_for_another_vehicle()
    {
        var call = await CreateAsync(EmergencyAt());
        (await AssignAsync(call.Id, "amb-10")).EnsureSuccessStatusCode();
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync("device.amb-10", DemoAccounts.DevicePassword));
        await using var other = await Server.ConnectHubAsync(await Server.SignInAsync("device.amb-11", DemoAccounts.DevicePassword));

        var skip = Assert.ThrowsAsync<HubException>(() => crew.InvokeAsync<Call>("ReportMilestone", call.Id, "AtHospital"));
        var foreign = Assert.ThrowsAsync<HubException>(() => other.InvokeAsync<Call>("ReportMilestone", call.Id, "EnRoute"));
        Assert.That(skip!.Message, Does.Contain("Dispatched"));
        Assert.That(foreign!.Message, Does.Contain("not assigned"));
    }
}
