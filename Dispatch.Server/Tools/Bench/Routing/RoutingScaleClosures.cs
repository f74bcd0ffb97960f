using System.Diagnostics;
using System.Globalization;
using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Tools.Bench.Routing;

/// <summary>
/// The closure and one-to-all rows of <c>bench-scale</c> for one generated city: how long preparing the customizable
/// hierarchy takes, how long a new or lifted closure takes to reach the next query, hospital ranking under 10 closures
/// against Dijkstra with the same closures, and one-to-all from 400 sources against single-source Dijkstras.
/// </summary>
internal static class RoutingScaleClosures
{
    public const string Header = "vertices  cch prep  cch arcs  effect set p50  effect lift p50  rank10 fast p50  rank10 fast p99  rank10 dijkstra p50  rank10 ratio p50  o2a fast p50  o2a fast p99  o2a dijkstra  o2a ratio";

    private const int Closures = 10, Hospitals = 30, Sources = 400, RankQueries = 60;

    /// <returns>Mismatches between the hierarchy and Dijkstra under the same closures.</returns>
    public static int Row(RoadGraph graph, ContractionHierarchy hierarchy, int seed, TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var engine = RoutingEngine.FromPrepared(graph, hierarchy, DefaultProfiles.Ambulance);
        var prepare = started.Elapsed.TotalSeconds;
        var rng = new Random(seed);
        GeoPoint Anywhere() => graph.Vertex(rng.Next(graph.VertexCount));

        // One change with all ten, as a batch of checkpoints arrives; each is a 80 m circle around a junction.
        engine.Closures.Set(Enumerable.Range(0, Closures).Select(i => RoadClosure.AroundPoint($"scale-{i}", Anywhere(), 80)).ToList());

        // Each sample customizes the whole hierarchy, which grows faster than the network: fewer samples on big cities.
        var samples = graph.VertexCount <= 50_000 ? 10 : 3;
        var set = new List<double>();
        var lift = new List<double>();
        var probe = (engine.Snap(Anywhere()), engine.Snap(Anywhere()));
        for (var i = 0; i < samples; i++)
        {
            var closure = RoadClosure.AroundPoint("scale-effect", Anywhere(), 80);
            var t0 = Stopwatch.GetTimestamp();
            engine.Closures.Set(closure);
            engine.Current.Between(probe.Item1, probe.Item2);
            set.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            t0 = Stopwatch.GetTimestamp();
            engine.Closures.Lift("scale-effect");
            engine.Current.Between(probe.Item1, probe.Item2);
            lift.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        var hospitals = Enumerable.Range(0, Hospitals).Select(_ => engine.TrySnap(Anywhere())).OfType<SnapResult>().ToList();
        var patients = Enumerable.Range(0, RankQueries).Select(_ => engine.TrySnap(Anywhere())).OfType<SnapResult>().ToList();
        var fast = RoutingBenchmark.Measure(patients, p => RoutingBenchmark.Fan(r => engine.Current.OneToMany(p, hospitals, r), hospitals.Count));
        var plain = RoutingBenchmark.Measure(patients, p => RoutingBenchmark.Fan(r => engine.Plain.OneToMany(p, hospitals, r), hospitals.Count));
        var tally = new RoutingBenchmark.Tally();
        RoutingBenchmark.Compare(fast.results, plain.results, tally);

        var sources = Enumerable.Range(0, Sources).Select(_ => Anywhere()).ToList();
        var sweep = new List<double>();
        engine.NearestSources(sources); // warm-up
        for (var i = 0; i < 5; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            engine.NearestSources(sources);
            sweep.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        // 400 single-source Dijkstras over a big city take minutes; time 40 of them and count the rest at their pace.
        const int timed = 40;
        var t1 = Stopwatch.GetTimestamp();
        foreach (var s in sources.Take(timed)) engine.NearestSources([s], plainSearch: true);
        var dijkstra = Stopwatch.GetElapsedTime(t1).TotalMilliseconds * Sources / timed;
        var o2a = RoutingBenchmark.Stats.Of(sweep);
        var customized = engine.CustomizedFor(engine.Closures.Current) is not null;

        var effectSet = RoutingBenchmark.Stats.Of(set);
        var effectLift = RoutingBenchmark.Stats.Of(lift);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{graph.VertexCount,8} {prepare,7:F1} s {engine.Customizable.ArcCount,9} {Ms(effectSet.P50),15} {Ms(effectLift.P50),16} {Ms(fast.stats.P50),16} {Ms(fast.stats.P99),16} {Ms(plain.stats.P50),20} {plain.stats.P50 / fast.stats.P50,16:F1}x {Ms(o2a.P50),13} {Ms(o2a.P99),13} {Ms(dijkstra),13} {dijkstra / o2a.P50,9:F1}x{(customized ? "" : "  (not on the hierarchy!)")}"));
        return tally.Mismatches + (customized ? 0 : 1);
    }

    private static string Ms(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
