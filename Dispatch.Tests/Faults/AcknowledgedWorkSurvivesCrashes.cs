using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using StackExchange.Redis;

namespace Dispatch.Tests.Faults;

/// <summary>
/// SIGKILL the server, or Redis (AOF, appendfsync always), in the middle of referral transitions and position reports:
/// every write a client saw acknowledged is there afterwards, open offer timers fire exactly once, clients reconnect.
/// </summary>
public sealed class AcknowledgedWorkSurvivesCrashes
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;
    private LoadCast _cast = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string>
        {
            ["Referrals:AutoMatch"] = "false",
            ["Referrals:OfferTimeouts:VeryUrgent"] = "00:00:04",
            ["Referrals:TimerPollInterval"] = "00:00:00.2",
        });
        _cast = await LoadRun.SignInCastAsync(_server);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task Killing_the_server_mid_load_loses_nothing_acknowledged_fires_open_timers_once_and_clients_resynchronise()
    {
        // An offer left open across the crash: its countdown must fire once, whichever process is alive when it is due.
        var doctor = new ReferralClient(_server.Http, _cast.Doctor);
        var dispatcher = new ReferralClient(_server.Http, _cast.Dispatcher);
        var pending = await doctor.CreateAsync(ReferralClient.Request("g-01", "Open offer across a crash"), null, CancellationToken.None);
        // The load before it may have taken every bed; the dispatcher confirms the override, as the load does.
        await dispatcher.CommandAsync(pending.ReferralId, "offer", new { hospitalId = _cast.HospitalId, confirmed = true }, null, CancellationToken.None);

        var positionsHeard = new ConcurrentQueue<DateTimeOffset>();
        var reconnected = new TaskCompletionSource();
        await using var console = new HubConnectionBuilder()
            .WithUrl(_server.Url + "/hubs/dispatch", o => o.AccessTokenProvider = () => Task.FromResult<string?>(_cast.Dispatcher))
            .WithAutomaticReconnect(new RetryForever())
            .Build();
        console.On<JsonElement>(PositionBroadcaster.EventName, _ => positionsHeard.Enqueue(DateTimeOffset.UtcNow));
        console.Reconnected += _ => { reconnected.TrySetResult(); return Task.CompletedTask; };
        await console.StartJoinedAsync();

        await using var load = LoadRun.Start(_server, _cast);
        await load.AcknowledgedAsync(60, "load before the crash");
        _server.Kill();
        var killed = DateTimeOffset.UtcNow;
        await _server.RestartAsync();
        await load.AcknowledgedAsync(60, "load after the restart");
        await load.EveryDeviceAcknowledgedSinceAsync(killed, "every device to report again after the restart");
        await load.StopAsync();

        Assert.That(await load.LostAsync(), Is.Empty, "acknowledged writes missing after the crash");

        await Poll.UntilAsync(() => reconnected.Task.IsCompleted, TimeSpan.FromSeconds(30), "the dispatcher console to reconnect");
        var afterReconnect = DateTimeOffset.UtcNow;
        await Poll.UntilAsync(async () =>
        {
            var load2 = new DispatchLoad(_server.Http, _server.Url, _cast, new AcknowledgementLog());
            using var once = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await load2.RunPositionsAsync("amb-04", TimeSpan.FromMilliseconds(200), once.Token);
            return positionsHeard.Any(t => t > afterReconnect);
        }, TimeSpan.FromSeconds(30), "pushes to reach the reconnected console");

        await using var redis = await _redis.ConnectAsync();
        await Poll.UntilAsync(async () => (string?)await redis.GetDatabase().HashGetAsync(ReferralKeys.Referral(pending.ReferralId), "state") == "Escalated"
            || (await new ReferralClient(_server.Http, _cast.Dispatcher).GetAsync(pending.ReferralId, CancellationToken.None))?.State == "escalated",
            TimeSpan.FromSeconds(30), "the open offer to time out");
        var audit = await redis.GetDatabase().StreamRangeAsync(ReferralKeys.Audit(pending.ReferralId));
        Assert.That(audit.Count(e => e["action"] == "OfferTimedOut"), Is.EqualTo(1), "the offer timer fired exactly once");
    }

    [Test]
    public async Task Killing_redis_mid_load_loses_nothing_acknowledged_and_the_server_recovers_by_itself()
    {
        await using var load = LoadRun.Start(_server, _cast);
        await load.AcknowledgedAsync(60, "load before Redis dies");
        var errorsBefore = load.Log.Errors;
        _redis.Kill();
        await Poll.UntilAsync(() => load.Log.Errors > errorsBefore, TimeSpan.FromSeconds(60), "clients to notice Redis is gone");
        await _redis.RestartAsync();
        await load.AcknowledgedAsync(60, "load after Redis returns");
        await load.StopAsync();

        Assert.That(await load.LostAsync(), Is.Empty, "acknowledged writes missing after Redis restarted from its AOF");
        using var health = await _server.Http.GetAsync("/health");
        Assert.That((int)health.StatusCode, Is.EqualTo(200));
    }
}
