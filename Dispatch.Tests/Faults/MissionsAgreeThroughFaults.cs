using Dispatch.Server.Tools.Faults;
using Dispatch.Tests.Infrastructure;
using StackExchange.Redis;

namespace Dispatch.Tests.Faults;

/// <summary>
/// Twenty faults during a mixed load of calls, transports and referrals (vehicles swapped on their way, offers to
/// several hospitals at once, acceptances holding beds) on two servers sharing one Redis: a server
/// SIGKILLed, Redis paused (SIGSTOP/SIGCONT) and Redis killed and restarted from its append-only file, half of them
/// aimed a few milliseconds into a burst of concurrent commands. After every one, the invariant checker finds no
/// disagreement between referrals, calls and vehicles within 10 s.
/// </summary>
public sealed class MissionsAgreeThroughFaults : IFaultTarget
{
    private static readonly string[] Vehicles = ["amb-01", "amb-02", "amb-03", "amb-05", "amb-06", "amb-07", "amb-08", "amb-09", "amb-10", "ne-01", "ne-02"];
    private RedisServer _redis = null!;
    private DispatchServerProcess[] _servers = null!;
    private ConnectionMultiplexer _checkerClient = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Referrals:AutoMatch"] = "false",
            // Each lane assigns its own transport; the queue would take them from under it.
            ["Calls:AutoDispatchTransports"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // The coverage picture is not what this test looks at: a coarse grid recomputed rarely leaves the two cores to the load.
            ["Coverage:CellMeters"] = "2000",
            ["Coverage:RecomputeSeconds"] = "120",
        };
        var signingKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        // Two servers: one carries the load while the other is killed and starts again; a kill waits for no restart.
        _servers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => DispatchServerProcess.StartAsync(_redis, settings, signingKey)));
        _checkerClient = await ConnectionMultiplexer.ConnectAsync(_redis.Configuration + ",connectTimeout=1000,syncTimeout=2000");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _checkerClient.DisposeAsync();
        foreach (var server in _servers) await server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task Twenty_faults_half_aimed_into_bursts_leave_no_disagreement_after_ten_seconds()
    {
        var cast = await MissionCast.SignInAsync(_servers[0].Http, Vehicles, CancellationToken.None);
        await using var load = new MissionLoad(_servers.Select(s => s.Url).ToList(), cast, seed: 13);
        // Short pauses, one quiet burst between faults and a server kill every fifth fault keep twenty faults within a minute
        // or so; the fault-drill verb runs longer drills.
        var drill = new FaultDrill(this, load, _checkerClient, seed: 13, TestContext.Progress)
        {
            MinimumServerKills = 1,
            KillEvery = 5,
            QuietBursts = 1,
            LongestPause = TimeSpan.FromMilliseconds(600),
        };

        var results = await drill.RunAsync(20, CancellationToken.None);

        Assert.Multiple(() =>
        {
            foreach (var r in results.Where(r => !r.Agreed))
                Assert.Fail($"After fault {r.Number} ({r.Kind}, {(r.Aimed ? "aimed" : "random")}): {string.Join("; ", r.Disagreements)}");
            Assert.That(results.Count(r => r.Aimed), Is.GreaterThanOrEqualTo(10));
            Assert.That(results.Select(r => r.Kind).Distinct().Count(), Is.EqualTo(3), "every kind of fault was injected");
            Assert.That(results.Count(r => r.Kind == FaultKind.KillServer), Is.GreaterThanOrEqualTo(1), "servers killed");
            // The load was real: commands landed and missions ran to their end between the faults.
            Assert.That(load.Commands, Is.GreaterThan(100), $"commands carried out (refused {load.Refusals}, failed {load.Failures}: {string.Join(" | ", load.RecentFailures)})");
            Assert.That(load.Finished, Is.GreaterThan(5), "missions that reached an end");
            Assert.That(load.Carried.GetValueOrDefault("reassign"), Is.GreaterThan(0), "vehicles swapped on their way");
            Assert.That(load.Carried.GetValueOrDefault("offer-parallel"), Is.GreaterThan(0), "patients offered to several hospitals at once");
        });
    }

    public int Servers => _servers.Length;
    public void KillServer(int index) => _servers[index].Kill();
    public async Task RestartServerAsync(int index)
    {
        // A server starting while Redis is paused or restarting may give up at start; it is started again, as ops would.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await _servers[index].RestartAsync();
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }
    public void PauseRedis() => _redis.Pause();
    public void ResumeRedis() => _redis.Resume();
    public Task RestartRedisAsync() => _redis.RestartAsync();
}
