using Dispatch.Server.Tools.Load;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Tools.Load;

/// <summary>The load test machinery at a tiny scale against a real server and Redis: its counts must add up, whatever the speed.</summary>
[TestFixture]
public sealed class LoadRunAtTinyScale
{
    private const int Devices = 20;
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;
    private string _regionFolder = null!;
    private string _region = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _regionFolder = Path.Combine(Path.GetTempPath(), "dispatch-tests", "bench-region-" + Guid.NewGuid().ToString("N")[..8]);
        var region = _region = BenchRegion.Create(RepoPaths.ChengduRegion, _regionFolder, Devices);
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string> { ["Region:Path"] = region });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
        try { Directory.Delete(_regionFolder, recursive: true); } catch (IOException) { }
    }

    [Test]
    public async Task Every_acknowledged_report_reaches_every_dispatcher_without_errors([Values] BenchClient client, [Values] BenchReports reports)
    {
        var target = new LoadTarget(_server.Url, _redis.Configuration, _server.SigningKey,
            Enumerable.Range(0, Devices).Select(BenchRegion.VehicleId).ToList(), Dispatch.Server.Regions.Region.Load(_region).Definition.Bounds, ServerPid: null);
        var settings = new LoadTestSettings(Devices, Dispatchers: 2, Rate: 40, Duration: TimeSpan.FromSeconds(3), Warmup: TimeSpan.Zero,
            BaselineRate: 20, BaselineDuration: TimeSpan.FromSeconds(1), Client: client, Reports: reports);

        var result = await LoadRun.RunAsync(target, settings, TextWriter.Null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.ConnectedDevices, Is.EqualTo(Devices));
            Assert.That(result.Totals.Errors, Is.Zero, string.Join("; ", result.TopErrors));
            Assert.That(result.Totals.Ignored, Is.Zero, "every report is newer than the last of its vehicle");
            Assert.That(result.Totals.Acked, Is.EqualTo(result.Totals.Sent).And.GreaterThan(0));
            Assert.That(result.Phases.Select(p => p.Name), Is.EqualTo(new[] { "baseline", "target" }));
            Assert.That(result.Deliveries, Has.Count.EqualTo(2));
            foreach (var d in result.Deliveries)
            {
                Assert.That(d.Acknowledged, Is.EqualTo(result.Totals.Acked));
                Assert.That(d.Missing, Is.Zero);
                Assert.That(d.Unexpected, Is.Zero);
                Assert.That(d.OutOfOrder, Is.Zero);
                Assert.That(d.Delivered + d.Coalesced, Is.EqualTo(d.Acknowledged));
            }
            Assert.That(result.Target.SortedLatenciesMicros, Is.Not.Empty);
            Assert.That(result.Target.Counts.Delivered, Is.GreaterThan(0));
            Assert.That(result.Consistent, Is.True);
        });
    }

    [TestCase("30s", 30_000)]
    [TestCase("500ms", 500)]
    [TestCase("2m", 120_000)]
    public void Durations_read_with_their_unit(string text, int milliseconds) =>
        Assert.That(LoadTestCommand.ParseDuration(text), Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));

    [TestCase("http://10.0.0.5:5080", "127.0.0.1:6379")]
    [TestCase("http://127.0.0.1:5080", "redis.example.com:6379")]
    public void Only_loopback_targets_are_accepted(string server, string redis) =>
        Assert.That(LoadTarget.LoopbackProblem(server, redis), Is.Not.Null);

    [Test]
    public void Loopback_targets_are_accepted() =>
        Assert.That(LoadTarget.LoopbackProblem("http://127.0.0.1:5080", "127.0.0.1:6380,localhost:6381"), Is.Null);
}
