using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Consistency;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Calls;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Faults;

/// <summary>
/// No fault, only a race: a dispatcher cancels a call (or a referral) shortly after sending an ambulance and sends the
/// same ambulance to a new mission, while the crew's device keeps reporting milestones of the old one. Every late
/// report is refused and changes nothing; the new mission keeps its vehicle, and Redis agrees with itself throughout.
/// The same holds for an ambulance replaced on its way by another (a dispatcher's reassignment).
/// </summary>
[TestFixture]
public sealed class LateCrewReportsCannotMoveANewMission : CallsFixture
{
    private static readonly string[] OldMission = ["enRoute", "onScene", "transporting", "atHospital", "returning", "available"];

    [TestCase("amb-04", 0)]
    [TestCase("amb-05", 20)]
    [TestCase("amb-06", 50)]
    public async Task A_cancelled_call_and_a_reassigned_ambulance_ignore_the_old_missions_milestones(string vehicleId, int cancelAfterMs)
    {
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        var a = await CreateAsync(EmergencyAt());
        (await AssignAsync(a.Id, vehicleId)).EnsureSuccessStatusCode();

        // The crew's device reports the old mission's milestones, over and over, as a device resending its buffer would.
        var outcomes = new ConcurrentQueue<(DateTimeOffset At, string Milestone, bool Accepted)>();
        using var stop = new CancellationTokenSource();
        var reporting = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                foreach (var m in OldMission)
                {
                    try
                    {
                        await crew.InvokeAsync<Call>("ReportMilestone", a.Id, m);
                        outcomes.Enqueue((DateTimeOffset.UtcNow, m, true));
                    }
                    catch (HubException)
                    {
                        outcomes.Enqueue((DateTimeOffset.UtcNow, m, false));
                    }
                }
        });

        await Task.Delay(cancelAfterMs);
        using var cancel = await Dispatcher.PostAsJsonAsync($"/api/calls/{a.Id}/cancel", new { reason = "caller withdrew" });
        var b = await CreateAsync(EmergencyAt());
        // The ambulance may still be on A's road (Dispatched/EnRoute: stood down at once) or done with it; keep trying until it is free.
        await Poll.UntilAsync(async () => (await AssignAsync(b.Id, vehicleId)).IsSuccessStatusCode, TimeSpan.FromSeconds(10), $"{vehicleId} to take call B");
        var reassignedAt = DateTimeOffset.UtcNow;
        await Poll.UntilAsync(() => outcomes.Count(o => o.At > reassignedAt) >= 2 * OldMission.Length, TimeSpan.FromSeconds(10), "late reports of the old mission");
        await stop.CancelAsync();
        await reporting;

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Where(o => o.At > reassignedAt && o.Accepted), Is.Empty, "a late report of the old mission was accepted");
            var newCall = (await Dispatcher.GetFromJsonAsync<Call>($"/api/calls/{b.Id}", Json))!;
            Assert.That(newCall.Status, Is.EqualTo(CallStatus.Dispatched));
            Assert.That(newCall.VehicleId, Is.EqualTo(vehicleId));
            Assert.That((await crew.InvokeAsync<Call?>("CurrentAssignment"))!.Id, Is.EqualTo(b.Id));
            Assert.That(await VehicleStatusAsync(vehicleId), Is.EqualTo("dispatched"));
            Assert.That(await new InvariantChecker(RedisClient).CheckAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_replaced_ambulances_late_reports_move_neither_the_call_nor_the_ambulance_sent_instead()
    {
        const string first = "amb-01", instead = "amb-03";
        await using var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{first}", DemoAccounts.DevicePassword));
        var call = await CreateAsync(EmergencyAt());
        (await AssignAsync(call.Id, first)).EnsureSuccessStatusCode();
        await crew.InvokeAsync<Call>("ReportMilestone", call.Id, "enRoute");

        using var reassigned = await Dispatcher.PostAsJsonAsync($"/api/calls/{call.Id}/reassign", new { vehicleId = instead, reason = "broke down" });
        Assert.That(reassigned.IsSuccessStatusCode, await reassigned.Content.ReadAsStringAsync());
        foreach (var late in new[] { "OnScene", "Transporting", "Available" })
            Assert.ThrowsAsync<HubException>(() => crew.InvokeAsync<Call>("ReportMilestone", call.Id, late), late);

        var stored = (await Dispatcher.GetFromJsonAsync<Call>($"/api/calls/{call.Id}", Json))!;
        Assert.Multiple(async () =>
        {
            Assert.That(stored.Status, Is.EqualTo(CallStatus.Dispatched));
            Assert.That(stored.VehicleId, Is.EqualTo(instead));
            Assert.That(stored.Notes.Single(n => n.Action == CallActions.Reassign).PreviousVehicleId, Is.EqualTo(first));
            Assert.That(await VehicleStatusAsync(first), Is.EqualTo("available"), "the replaced ambulance is free at once");
            Assert.That(await VehicleStatusAsync(instead), Is.EqualTo("dispatched"));
            Assert.That(await new InvariantChecker(RedisClient).CheckAsync(), Is.Empty);
        });
    }

    [Test]
    public async Task A_cancelled_referral_and_a_reassigned_ambulance_ignore_the_old_referrals_reports()
    {
        const string vehicleId = "amb-07";
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var hospital = await SignedInAsync(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword);
        using var device = await SignedInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword);
        var first = await AcceptedReferralAsync(doctor, hospital);
        await PostOkAsync(Dispatcher, $"/api/referrals/{first}/assign-vehicle", new { vehicleId });
        await PostOkAsync(device, $"/api/referrals/{first}/en-route", null);

        await PostOkAsync(doctor, $"/api/referrals/{first}/cancel", new { reason = "patient recovered" });
        var second = await AcceptedReferralAsync(doctor, hospital);
        await PostOkAsync(Dispatcher, $"/api/referrals/{second}/assign-vehicle", new { vehicleId });

        foreach (var late in new[] { "on-scene", "on-board", "arrived" })
        {
            using var refused = await device.PostAsync($"/api/referrals/{first}/{late}", null);
            Assert.That((int)refused.StatusCode, Is.EqualTo(409), late);
        }
        Assert.That(await VehicleStatusAsync(vehicleId), Is.EqualTo("dispatched"));
        Assert.That((string?)await RedisClient.GetDatabase().HashGetAsync(FleetStore.AssignmentKey, vehicleId), Is.EqualTo("R:" + second));
        Assert.That(await new InvariantChecker(RedisClient).CheckAsync(), Is.Empty);
    }

    private async Task<string> AcceptedReferralAsync(HttpClient doctor, HttpClient hospital)
    {
        using var created = await doctor.PostAsJsonAsync("/api/referrals", new
        {
            patient = new
            {
                age = 70, sex = "female", tier = "red", condition = "Respiratory failure",
                vitals = new { spO2 = 88, heartRate = 118, systolicBp = 100, diastolicBp = 60, respiratoryRate = 28, consciousness = "alert" },
            },
            requiredCapabilities = new[] { "icu" }, priority = 2, requestingFacilityId = "g-01", accompanyingStaff = Array.Empty<object>(),
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.IsSuccessStatusCode, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("referral").GetProperty("id").GetString()!;
        // Every acceptance holds one of the hospital's beds; the dispatcher offers anyway once warned.
        await PostOkAsync(Dispatcher, $"/api/referrals/{id}/offer", new { hospitalId = "h-4201795163", confirmed = true });
        await PostOkAsync(hospital, $"/api/referrals/{id}/accept", null);
        return id;
    }

    private static async Task PostOkAsync(HttpClient client, string path, object? body)
    {
        using var response = body is null ? await client.PostAsync(path, null) : await client.PostAsJsonAsync(path, body);
        Assert.That(response.IsSuccessStatusCode, $"{path}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> VehicleStatusAsync(string vehicleId)
    {
        var fleet = await Dispatcher.GetFromJsonAsync<JsonElement>("/api/fleet/vehicles");
        return fleet.EnumerateArray().Single(v => v.GetProperty("id").GetString() == vehicleId).GetProperty("status").GetString()!;
    }
}
