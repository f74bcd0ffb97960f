using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;
using Dispatch.Tests.Security;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.ScaleOut;

/// <summary>
/// Two server instances on one Redis (SignalR Redis backplane, one signing key): tokens travel, pushes cross
/// instances, each offer countdown fires on exactly one instance, and a vehicle is taken once.
/// </summary>
public sealed class TwoInstancesOnOneRedisActAsOne
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _a = null!;
    private DispatchServerProcess _b = null!;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Referrals:AutoMatch"] = "false",
            ["Referrals:OfferTimeouts:VeryUrgent"] = "00:00:02",
            ["Referrals:TimerPollInterval"] = "00:00:00.1",
        };
        _a = await DispatchServerProcess.StartAsync(_redis, settings);
        _b = await DispatchServerProcess.StartAsync(_redis, settings, signingKey: _a.SigningKey);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private Task<string> SignInOnA(string user, string password) => _a.SignInAsync(user, password);

    [Test]
    public async Task A_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        using var onB = _b.ClientWithToken(await SignInOnA(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword));
        using var me = await onB.GetAsync("/api/auth/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(JsonNode.Parse(await me.Content.ReadAsStringAsync())!["username"]!.GetValue<string>(), Is.EqualTo(DemoAccounts.HospitalH1));
    }

    [Test]
    public async Task A_dispatcher_on_one_instance_sees_vehicles_and_referrals_of_the_other()
    {
        await using var console = await HubRecorder.ConnectAsync(_a.Hub(await SignInOnA(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword)));
        await using var device = await _b.ConnectHubAsync(await SignInOnA(DemoAccounts.DeviceV2, DemoAccounts.DevicePassword));
        Assert.That(await device.InvokeAsync<bool>("ReportPosition", new { lon = 104.081, lat = 30.664, timestamp = DateTimeOffset.UtcNow }), Is.True);
        await Poll.UntilAsync(() => console.HeardAny(PositionBroadcaster.EventName, DemoAccounts.VehicleV2), Wait, "the console on A to see amb-02 report to B");

        var doctorOnB = new ReferralClient(_b.Http, await SignInOnA(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        var created = await doctorOnB.CreateAsync(ReferralClient.Request("g-01", "Created on B"), null, CancellationToken.None);
        await Poll.UntilAsync(() => console.HeardAny(HubReferralNotifier.Changed, created.ReferralId), Wait, "the console on A to see the referral created on B");
    }

    [Test]
    public async Task Each_offer_countdown_fires_on_exactly_one_instance()
    {
        var doctor = new ReferralClient(_a.Http, await SignInOnA(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        var dispatcherToken = await SignInOnA(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        var dispatcher = new ReferralClient(_b.Http, dispatcherToken);
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var referral = await doctor.CreateAsync(ReferralClient.Request("g-01", $"Countdown {i}"), null, CancellationToken.None);
            await dispatcher.CommandAsync(referral.ReferralId, "offer", new { hospitalId = "h-4201795163" }, null, CancellationToken.None);
            ids.Add(referral.ReferralId);
        }
        await Poll.UntilAsync(async () =>
        {
            foreach (var id in ids)
                if ((await dispatcher.GetAsync(id, CancellationToken.None))?.State != "escalated") return false;
            return true;
        }, Wait, "every offer to time out");

        await using var redis = await _redis.ConnectAsync();
        var firedBy = new Dictionary<string, string>();
        foreach (var id in ids)
        {
            var audit = await redis.GetDatabase().StreamRangeAsync(ReferralKeys.Audit(id));
            Assert.That(audit.Count(e => e["action"] == "OfferTimedOut"), Is.EqualTo(1), $"timeouts recorded for {id}");
            var firers = new[] { ("A", _a.Log), ("B", _b.Log) }.Where(x => Regex.IsMatch(x.Log, $@"Offer \d+ of referral ""?{Regex.Escape(id)}""? timed out")).Select(x => x.Item1).ToList();
            Assert.That(firers, Has.Count.EqualTo(1), $"instances that fired {id}");
            firedBy[id] = firers[0];
        }
        TestContext.Out.WriteLine($"fired on A: {firedBy.Values.Count(v => v == "A")}, on B: {firedBy.Values.Count(v => v == "B")}");
    }

    [Test]
    public async Task A_vehicle_is_assigned_once_when_two_instances_race_for_it()
    {
        var token = await SignInOnA(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        using var onA = _a.ClientWithToken(token);
        using var onB = _b.ClientWithToken(token);
        foreach (var vehicle in new[] { "amb-07", "amb-08", "amb-09", "amb-10" })
        {
            var calls = new List<string>();
            foreach (var client in new[] { onA, onB })
            {
                using var created = await client.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = "Race for " + vehicle, priority = 1 });
                calls.Add(JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>());
            }
            var answers = await Task.WhenAll(
                onA.PostAsJsonAsync($"/api/calls/{calls[0]}/assign", new { vehicleId = vehicle }),
                onB.PostAsJsonAsync($"/api/calls/{calls[1]}/assign", new { vehicleId = vehicle }));
            Assert.That(answers.Select(a => a.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }), vehicle);
            foreach (var a in answers) a.Dispose();
        }
    }
}
