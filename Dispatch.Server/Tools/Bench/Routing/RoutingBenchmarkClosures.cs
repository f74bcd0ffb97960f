using System.Diagnostics;
using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Tools.Bench.Routing;

/// <summary>
/// Benchmark rows with 0, 10 and 50 closures in force, the engine's current (closure-customized hierarchy) against
/// plain Dijkstra with the same closures; how long a new or lifted closure takes to reach new queries; and travel
/// times from 400 sources to everywhere against one plain Dijkstra per source. Closures are lifted again at the end.
/// </summary>
internal static class RoutingBenchmarkClosures
{
    private const int Sources = 400;

    public static IEnumerable<(string name, RoutingBenchmark.Stats fast, RoutingBenchmark.Stats? plain)> Rows(
        RoutingEngine engine, List<SnapResult> patients, List<SnapResult> hospitals, List<SnapResult> vehicles, List<GeoPoint> sourcePoints, RoutingBenchmark.Tally tally)
    {
        var rows = new List<(string, RoutingBenchmark.Stats, RoutingBenchmark.Stats?)>();
        var rng = new Random(17);
        var pairs = Enumerable.Range(0, patients.Count / 2).Select(i => (patients[2 * i], patients[2 * i + 1])).ToList();
        var fans = patients.Take(Math.Max(20, patients.Count / 6)).ToList();
        var fleet = vehicles.Take(RoutingBenchmark.Vehicles).ToList();
        var set = 0;
        foreach (var count in new[] { 0, 10, 50 })
        {
            while (set < count) engine.Closures.Set(RoadClosure.AroundPoint($"bench-{set++}", engine.Graph.Vertex(rng.Next(engine.Graph.VertexCount)), 80));
            var p2p = RoutingBenchmark.Measure(pairs, p => engine.Current.Between(p.Item1, p.Item2));
            var p2pPlain = RoutingBenchmark.Measure(pairs, p => engine.Plain.Between(p.Item1, p.Item2));
            RoutingBenchmark.Compare(p2p.results, p2pPlain.results, tally);
            rows.Add(($"point-to-point, {count} closures", p2p.stats, p2pPlain.stats));
            var o2m = RoutingBenchmark.Measure(fans, p => RoutingBenchmark.Fan(r => engine.Current.OneToMany(p, hospitals, r), hospitals.Count));
            var o2mPlain = RoutingBenchmark.Measure(fans, p => RoutingBenchmark.Fan(r => engine.Plain.OneToMany(p, hospitals, r), hospitals.Count));
            RoutingBenchmark.Compare(o2m.results, o2mPlain.results, tally);
            rows.Add(($"hospital ranking ({hospitals.Count}), {count} closures", o2m.stats, o2mPlain.stats));
            var m2o = RoutingBenchmark.Measure(fans, p => RoutingBenchmark.Fan(r => engine.Current.ManyToOne(fleet, p, r), fleet.Count));
            var m2oPlain = RoutingBenchmark.Measure(fans, p => RoutingBenchmark.Fan(r => engine.Plain.ManyToOne(fleet, p, r), fleet.Count));
            RoutingBenchmark.Compare(m2o.results, m2oPlain.results, tally);
            rows.Add(($"many-to-one ({fleet.Count}), {count} closures", m2o.stats, m2oPlain.stats));
            if (count == 10) rows.AddRange(TakeEffect(engine, pairs, rng));
            rows.Add(OneToAll(engine, sourcePoints.Take(Sources).ToList(), count));
        }
        for (var i = 0; i < set; i++) engine.Closures.Lift($"bench-{i}");
        return rows;
    }

    /// <summary>From calling Set (or Lift) until a new query has its answer under the changed closures.</summary>
    private static IEnumerable<(string, RoutingBenchmark.Stats, RoutingBenchmark.Stats?)> TakeEffect(RoutingEngine engine, List<(SnapResult, SnapResult)> pairs, Random rng)
    {
        var setTimes = new List<double>();
        var liftTimes = new List<double>();
        for (var i = 0; i < 40; i++)
        {
            var (a, b) = pairs[i % pairs.Count];
            var closure = RoadClosure.AroundPoint("bench-effect", engine.Graph.Vertex(rng.Next(engine.Graph.VertexCount)), 80);
            var t0 = Stopwatch.GetTimestamp();
            engine.Closures.Set(closure);
            engine.Current.Between(a, b);
            setTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            t0 = Stopwatch.GetTimestamp();
            engine.Closures.Lift("bench-effect");
            engine.Current.Between(a, b);
            liftTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return [("closure takes effect (set, 10 in force)", RoutingBenchmark.Stats.Of(setTimes), null),
                ("closure takes effect (lift, 10 in force)", RoutingBenchmark.Stats.Of(liftTimes), null)];
    }

    private static (string, RoutingBenchmark.Stats, RoutingBenchmark.Stats?) OneToAll(RoutingEngine engine, List<GeoPoint> sources, int closures)
    {
        // A second of warm-up for the optimised code, then 200 timed runs, so that the p99 is not just the slowest of a few.
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 5 || warm.ElapsedMilliseconds < 1000; i++) engine.NearestSources(sources);
        var fast = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            engine.NearestSources(sources);
            fast.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        var plain = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            foreach (var s in sources) engine.NearestSources([s], plainSearch: true);
            plain.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return ($"one-to-all, {sources.Count} sources, {closures} closures", RoutingBenchmark.Stats.Of(fast), RoutingBenchmark.Stats.Of(plain));
    }
}
