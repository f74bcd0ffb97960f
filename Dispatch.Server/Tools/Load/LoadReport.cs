using System.Globalization;

namespace Dispatch.Server.Tools.Load;

/// <summary>Prints a run as a table: the baseline and target phases side by side with their ratio, then the delivery check.</summary>
public static class LoadReport
{
    public static void Print(LoadResult result, LoadTestSettings settings, TextWriter o)
    {
        var b = result.Baseline;
        var t = result.Target;
        o.WriteLine();
        o.WriteLine($"Vehicle tracking load test — {Environment.ProcessorCount} cores; the load generator, the server and Redis share them.");
        o.WriteLine($"Machine load average at the end: {LoadAverage()} (other work on the machine takes CPU from all three).");
        o.WriteLine($"Devices connected {result.ConnectedDevices}/{result.RequestedDevices} in {result.ConnectTime.TotalSeconds:F1} s; {t.Dispatchers} dispatcher clients; {settings.Client} client, MessagePack over WebSockets, reports by {(settings.Reports == BenchReports.Stream ? "position stream" : "one call each")}; {result.RedisPersistence}.");
        o.WriteLine();
        o.WriteLine($"| {"",-40} | {(b is null ? "" : "baseline"),12} | {"target",12} | {(b is null ? "" : "ratio"),8} |");
        o.WriteLine($"| {new string('-', 40)} | {new string('-', 12)} | {new string('-', 12)} | {new string('-', 8)} |");
        Row("target reports/s", p => p.TargetRate);
        Row("measured seconds", p => p.Seconds);
        Row("connected devices", p => p.ConnectedDevices);
        Row("reports sent/s", p => p.PerSecond(p.Counts.Sent));
        Row("reports acknowledged/s", p => p.PerSecond(p.Counts.Acked));
        Row("reports behind schedule/s", p => p.PerSecond(p.Counts.Behind));
        Row("delivered positions/s (all dispatchers)", p => p.PerSecond(p.Counts.Delivered));
        Row("delivery latency p50 ms", p => p.LatencyMs(50));
        Row("delivery latency p95 ms", p => p.LatencyMs(95));
        Row("delivery latency p99 ms", p => p.LatencyMs(99));
        Row("delivery latency max ms", p => p.LatencyMs(100));
        Row("errors", p => p.Counts.Errors);
        Row("ignored (not newer) reports", p => p.Counts.Ignored);
        Row("server CPU % (of one core)", p => p.ServerCpuPercent);
        Row("server RSS MB at start", p => p.Start.ServerRssMb);
        Row("server RSS MB at end", p => p.End.ServerRssMb);
        Row("Redis CPU % (of one core)", p => p.RedisCpuPercent);
        Row("Redis commands/s", p => p.RedisCommandsPerSecond);
        Row("load generator CPU % (of one core)", p => p.BenchCpuPercent);
        Row("server µs CPU per acked report", p => p.ServerCpuPercent is { } cpu && p.Counts.Acked > 0 ? cpu / 100 * p.Seconds * 1e6 / p.Counts.Acked : null);
        Row("load generator µs CPU per acked report", p => p.Counts.Acked > 0 ? p.BenchCpuPercent / 100 * p.Seconds * 1e6 / p.Counts.Acked : null);
        Row("Redis µs CPU per acked report", p => p.Counts.Acked > 0 ? p.RedisCpuPercent / 100 * p.Seconds * 1e6 / p.Counts.Acked : null);
        Row("acked reports per server CPU-second", p => p.AckedPerServerCpuSecond);
        Row("acked reports per CPU-second, all three", p => p.AckedPerStackCpuSecond);
        o.WriteLine();
        for (var i = 0; i < result.Deliveries.Count; i++)
        {
            var d = result.Deliveries[i];
            o.WriteLine($"Dispatcher {i + 1}: acknowledged {d.Acknowledged}, delivered {d.Delivered}, superseded in a push by a newer report {d.Coalesced}, " +
                        $"missing {d.Missing}, never acknowledged {d.Unexpected}, out of order {d.OutOfOrder} — {(d.Consistent ? "consistent" : "INCONSISTENT")}");
        }
        foreach (var e in result.TopErrors) o.WriteLine("Error: " + e);
        o.WriteLine();
        var p99 = t.LatencyMs(99);
        o.WriteLine($"Targets: ≥ 20,000 acknowledged reports/s: {Verdict(t.PerSecond(t.Counts.Acked) >= 20_000)} ({t.PerSecond(t.Counts.Acked):F0}); " +
                    $"5,000 connected vehicles: {Verdict(t.ConnectedDevices >= 5_000)} ({t.ConnectedDevices}); " +
                    $"p99 delivery ≤ 250 ms: {Verdict(p99 <= 250)} ({Format(p99)} ms).");

        void Row(string label, Func<PhaseResult, double?> value)
        {
            var tv = value(t);
            var bv = b is null ? null : value(b);
            var ratio = bv is > 0 && tv is not null ? $"{tv / bv:F2}×" : "";
            o.WriteLine($"| {label,-40} | {Format(bv),12} | {Format(tv),12} | {ratio,8} |");
        }
    }

    private static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "n/a"; }
    }

    private static string Verdict(bool met) => met ? "met" : "NOT met";

    private static string Format(double? v) => v switch
    {
        null => "n/a",
        >= 100 => v.Value.ToString("N0", CultureInfo.InvariantCulture),
        _ => v.Value.ToString("0.0#", CultureInfo.InvariantCulture),
    };
}
