using StackExchange.Redis;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// Runs the load: connects the dispatchers and devices, drives a baseline phase and the target phase (each: warm-up,
/// then a measured window), lets every report in flight finish and reach the dispatchers, then checks delivery.
/// </summary>
public static class LoadRun
{
    private const int ParallelConnects = 32;
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromSeconds(30);

    public static async Task<LoadResult> RunAsync(LoadTarget target, LoadTestSettings settings, TextWriter progress, CancellationToken ct)
    {
        // INFO (CPU, commands processed) counts as an admin command to the client library.
        var redisOptions = ConfigurationOptions.Parse(target.RedisConfiguration);
        redisOptions.AllowAdmin = true;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisOptions);
        var vehicles = target.VehicleIds.Take(settings.Vehicles).ToList();
        var index = vehicles.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var counters = new LoadCounters();
        var connections = new BenchConnections(target, settings.Client, settings.Reports, counters);
        var random = new Random(5080);

        var dispatchers = Enumerable.Range(0, settings.Dispatchers).Select(_ => new DispatcherProbe(index, counters)).ToList();
        var dispatcherConnections = dispatchers.Select((p, i) => connections.Dispatcher(i, p)).ToList();
        var devices = vehicles.Select(id => connections.Device(id, target.Bounds, random)).ToList();
        var all = dispatcherConnections.Concat<IBenchConnection>(devices).ToList();
        try
        {
            progress.WriteLine($"Connecting {dispatchers.Count} dispatchers and {devices.Count} devices ({settings.Client} client, reports by {settings.Reports})…");
            var connectStarted = DateTime.UtcNow;
            await BenchConnections.StartAllAsync(dispatcherConnections, ParallelConnects, ct);
            await BenchConnections.StartAllAsync(devices, ParallelConnects, ct);
            var connectTime = DateTime.UtcNow - connectStarted;
            var connected = devices.Count(d => d.Connected);
            progress.WriteLine($"Connected {connected} devices in {connectTime.TotalSeconds:F1} s.");

            var pacer = new Pacer(devices, counters);
            using var stopPacer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var pacing = Task.Run(() => pacer.RunAsync(stopPacer.Token), CancellationToken.None);
            var phases = new List<PhaseResult>();
            if (settings.HasBaseline)
                phases.Add(await PhaseAsync("baseline", settings.BaselineRate, settings.Warmup, settings.BaselineDuration));
            phases.Add(await PhaseAsync("target", settings.Rate, settings.Warmup, settings.Duration));
            pacer.SetRate(0);
            await stopPacer.CancelAsync();
            await pacing;

            progress.WriteLine("Letting reports in flight finish and reach the dispatchers…");
            await UntilAsync(() => devices.All(d => !d.Busy), "every report to be answered");
            await UntilAsync(() => dispatchers.All(p => Enumerable.Range(0, devices.Count)
                .All(v => devices[v].Acked.Count == 0 || p.Newest(v) >= devices[v].Acked[^1])),
                "every vehicle's last acknowledged report to reach every dispatcher", throwOnTimeout: false);

            return new LoadResult(phases, dispatchers.Select(p => DeliveryCheck.Of(devices, p)).ToList(), counters.Take(),
                connected, devices.Count, connectTime, counters.TopErrors(5).ToList(), await PersistenceAsync(redis));

            async Task<PhaseResult> PhaseAsync(string name, int rate, TimeSpan warmup, TimeSpan duration)
            {
                progress.WriteLine($"Phase {name}: {rate} reports/s, warm-up {warmup.TotalSeconds:F0} s, measured {duration.TotalSeconds:F0} s…");
                pacer.SetRate(rate);
                await Task.Delay(warmup, ct);
                var latencies = new List<int>(capacity: (int)Math.Min(20_000_000, (long)rate * settings.Dispatchers * (long)Math.Ceiling(duration.TotalSeconds)));
                foreach (var p in dispatchers) p.Record(latencies);
                var (c0, r0) = (counters.Take(), await ResourceSample.TakeAsync(target.ServerPid, redis));
                var started = DateTime.UtcNow;
                await Task.Delay(duration, ct);
                var (c1, r1) = (counters.Take(), await ResourceSample.TakeAsync(target.ServerPid, redis));
                var measured = DateTime.UtcNow - started;
                foreach (var p in dispatchers) p.Record(null);
                List<int> sorted;
                lock (latencies) sorted = [.. latencies];
                sorted.Sort();
                return new PhaseResult(name, rate, devices.Count(d => d.Connected), dispatchers.Count,
                    measured, c1 - c0, sorted, r0, r1);
            }
        }
        finally
        {
            await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = ParallelConnects },
                async (c, _) => { try { await c.DisposeAsync(); } catch (Exception) { /* the run is over; a failed close changes nothing */ } });
        }
    }

    /// <summary>How durable the Redis under test makes an acknowledged write, as its own configuration says.</summary>
    private static async Task<string> PersistenceAsync(IConnectionMultiplexer redis)
    {
        try
        {
            var server = redis.GetServers()[0];
            var settings = (await server.ConfigGetAsync("append*")).ToDictionary(p => p.Key, p => p.Value);
            return $"Redis appendonly {settings.GetValueOrDefault("appendonly", "?")}, appendfsync {settings.GetValueOrDefault("appendfsync", "?")}";
        }
        catch (RedisException)
        {
            return "Redis persistence unknown (CONFIG GET refused)";
        }
    }

    private static async Task UntilAsync(Func<bool> done, string what, bool throwOnTimeout = true)
    {
        var deadline = DateTime.UtcNow + DrainDeadline;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                if (throwOnTimeout) throw new TimeoutException($"Timed out after {DrainDeadline.TotalSeconds:F0} s waiting for {what}.");
                return;
            }
            await Task.Delay(50);
        }
    }
}
