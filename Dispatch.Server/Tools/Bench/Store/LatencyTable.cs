using System.Diagnostics;
using System.Globalization;
using Dispatch.Server.Tools.Bench.Coverage;

namespace Dispatch.Server.Tools.Bench.Store;

/// <summary>One timed query of a store benchmark: its name, its target p99, and a run that returns how many rows matched.</summary>
public sealed record TimedQuery(string Name, double TargetMs, Func<Random, CancellationToken, Task<long>> Run);

/// <summary>Timings of each query with the indexes and without them (the baseline), and the table that shows them side by side.</summary>
public sealed class LatencyTable
{
    private readonly Dictionary<string, List<double>> _indexed = [];
    private readonly Dictionary<string, List<double>> _baseline = [];
    private readonly Dictionary<string, List<long>> _matches = [];
    private readonly List<TimedQuery> _queries = [];

    public int Errors { get; private set; }

    /// <summary>Runs every query <paramref name="runs"/> times (after <paramref name="warmUp"/> untimed runs), each with fresh parameters from a seeded random.</summary>
    public async Task MeasureAsync(IReadOnlyList<TimedQuery> queries, bool indexed, int runs, int warmUp, int seed, TextWriter errors, CancellationToken ct)
    {
        foreach (var q in queries.Where(q => _queries.All(k => k.Name != q.Name))) _queries.Add(q);
        var into = indexed ? _indexed : _baseline;
        foreach (var query in queries)
        {
            // The same parameters in the same order with and without the indexes: a stable seed per query.
            var random = new Random(query.Name.Aggregate(seed, (h, ch) => unchecked(h * 31 + ch)));
            var samples = into[query.Name] = new List<double>(runs);
            var matches = _matches.TryGetValue(query.Name, out var m) ? m : _matches[query.Name] = [];
            for (var i = -warmUp; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var found = await query.Run(random, ct);
                    if (i < 0) continue;
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (indexed) matches.Add(found);
                }
                catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
                {
                    Errors++;
                    errors.WriteLine($"{query.Name}: {e.Message}");
                }
            }
        }
    }

    public bool AllMet => _queries.All(q => _indexed.TryGetValue(q.Name, out var s) && s.Count > 0 && Percentiles.Of(s).P99 <= q.TargetMs);

    public void Print(TextWriter output, string title)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"| {"query",-46} | {"p50",9} | {"p99",9} | {"no-index p50",12} | {"no-index p99",12} | {"p99 ratio",9} | {"matches p50",11} | {"target p99",10} | {"met",3} |");
        output.WriteLine($"| {new string('-', 46)} | {new string('-', 9)} | {new string('-', 9)} | {new string('-', 12)} | {new string('-', 12)} | {new string('-', 9)} | {new string('-', 11)} | {new string('-', 10)} | {new string('-', 3)} |");
        foreach (var q in _queries)
        {
            var fast = _indexed.TryGetValue(q.Name, out var f) && f.Count > 0 ? Percentiles.Of(f) : null;
            var slow = _baseline.TryGetValue(q.Name, out var s) && s.Count > 0 ? Percentiles.Of(s) : null;
            var matches = _matches.TryGetValue(q.Name, out var m) && m.Count > 0 ? m.Order().ElementAt(m.Count / 2) : 0;
            output.WriteLine(string.Format(c, "| {0,-46} | {1,9} | {2,9} | {3,12} | {4,12} | {5,9} | {6,11} | {7,10} | {8,3} |",
                q.Name, Ms(fast?.P50), Ms(fast?.P99), Ms(slow?.P50), Ms(slow?.P99),
                fast is null || slow is null ? "-" : (slow.P99 / fast.P99).ToString("F1", c) + "x", matches, q.TargetMs.ToString("F0", c) + " ms",
                fast is not null && fast.P99 <= q.TargetMs ? "yes" : "no"));
        }
        var all = _indexed.Values.SelectMany(v => v).ToList();
        var allBaseline = _baseline.Values.SelectMany(v => v).ToList();
        if (all.Count > 0 && allBaseline.Count > 0)
        {
            var fast = Percentiles.Of(all);
            var slow = Percentiles.Of(allBaseline);
            output.WriteLine(string.Format(c, "| {0,-46} | {1,9} | {2,9} | {3,12} | {4,12} | {5,9} | {6,11} | {7,10} | {8,3} |",
                "all of the above", Ms(fast.P50), Ms(fast.P99), Ms(slow.P50), Ms(slow.P99), (slow.P99 / fast.P99).ToString("F1", c) + "x", "", "", ""));
        }
        output.WriteLine(string.Format(c, "runs per query: {0} with indexes, {1} without; errors: {2}",
            _indexed.Values.FirstOrDefault()?.Count ?? 0, _baseline.Values.FirstOrDefault()?.Count ?? 0, Errors));
    }

    private static string Ms(double? ms) => ms is { } v ? v.ToString(v < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms" : "-";
}
