using Dispatch.Server.Routing;
using System.Diagnostics;
using System.Globalization;
using Dispatch.Routing;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;
using Dispatch.Routing.Synthetic;

namespace Dispatch.Server.Tools.Bench.Routing;

/// <summary>
/// How preparation and query time grow with network size, on generated cities: one row per size, with the fast
/// engine and plain Dijkstra timed on the same point pairs and checked to agree. Returns the number of mismatches.
/// </summary>
internal static class RoutingScaleBenchmark
{
    public static int Run(IReadOnlyList<int> sizes, int queries, int dijkstraQueries, int seed, TextWriter output) =>
        Run(sizes, queries, dijkstraQueries, seed, closureSizes: sizes, output);

    /// <param name="closureSizes">The sizes that also get the closure and one-to-all row (printed as a second table).</param>
    public static int Run(IReadOnlyList<int> sizes, int queries, int dijkstraQueries, int seed, IReadOnlyCollection<int> closureSizes, TextWriter output)
    {
        var closureRows = new StringWriter(CultureInfo.InvariantCulture);
        output.WriteLine($"{"vertices",9} {"edges",9} {"prepare",9} {"cpu",8} {"shortcuts",10} {"fast p50",10} {"fast p99",10} {"dijkstra p50",13} {"dijkstra p99",13} {"ratio p50",10} {"ratio p99",10} {"m2o fast p50",13} {"m2o dijkstra p50",17} {"m2o ratio",10} {"indexed p50",12} {"idx ratio",10}");
        var mismatches = 0;
        foreach (var size in sizes)
        {
            var graph = LargestComponent.Extract(SyntheticRoadNetwork.Generate(new SyntheticCityPlan(size, seed)));
            // Wall time and process CPU time: on a shared machine the gap between them is time spent waiting for a core.
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var started = Stopwatch.StartNew();
            var hierarchy = HierarchyBuilder.Build(graph);
            var prepare = started.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var fast = new HierarchyEngine(graph, hierarchy);
            var plain = new DijkstraEngine(graph);

            var rng = new Random(seed);
            var pairs = Enumerable.Range(0, queries).Select(_ => (Place(graph, rng), Place(graph, rng))).ToList();
            var fastTimes = Time(pairs, p => [fast.Between(p.Item1, p.Item2)], out var fastResults);
            var plainPairs = pairs.Take(dijkstraQueries).ToList();
            var plainTimes = Time(plainPairs, p => [plain.Between(p.Item1, p.Item2)], out var plainResults);
            mismatches += Mismatches(fastResults, plainResults);

            // Many-to-one as in vehicle ranking: a fresh fleet of 200 for every patient, so nothing is reused.
            var fleets = Enumerable.Range(0, FleetQueries).Select(_ => (Place(graph, rng), Enumerable.Range(0, Fleet).Select(_ => Place(graph, rng)).ToList())).ToList();
            var fastFleet = Time(fleets, q => Fan(r => fast.ManyToOne(q.Item2, q.Item1, r)), out var fastFleetResults);
            var plainFleet = Time(fleets, q => Fan(r => plain.ManyToOne(q.Item2, q.Item1, r)), out var plainFleetResults);
            mismatches += Mismatches(fastFleetResults, plainFleetResults);

            // Indexed: a fleet of twice that size indexed once; each patient asks for a random 200 of it. Every answer
            // is checked against Dijkstra's on the same vehicles.
            var index = new FleetIndex(graph, hierarchy);
            var fleet = Enumerable.Range(0, 2 * Fleet).Select(k => (snap: Place(graph, rng), handle: default(VehicleHandle))).ToArray();
            for (var k = 0; k < fleet.Length; k++) fleet[k].handle = index.Update($"vehicle-{k}", fleet[k].snap);
            var asks = fleets.Select(q => Enumerable.Range(0, fleet.Length).OrderBy(_ => rng.Next()).Take(Fleet).ToArray())
                .Select((chosen, i) => (patient: fleets[i].Item1, handles: chosen.Select(k => fleet[k].handle).ToArray(), snaps: chosen.Select(k => fleet[k].snap).ToList())).ToList();
            var indexed = Time(asks, q => Fan(r => index.ManyToOne(q.handles, q.patient, r)), out var indexedResults);
            var plainAsks = Time(asks, q => Fan(r => plain.ManyToOne(q.snaps, q.patient, r)), out var plainAskResults);
            mismatches += Mismatches(indexedResults, plainAskResults);
            if (closureSizes.Contains(size)) mismatches += RoutingScaleClosures.Row(graph, hierarchy, seed, closureRows);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{graph.VertexCount,9} {graph.EdgeCount,9} {prepare,7:F1} s {cpu,6:F1} s {hierarchy.ShortcutCount,10} {Ms(fastTimes.P50),10} {Ms(fastTimes.P99),10} {Ms(plainTimes.P50),13} {Ms(plainTimes.P99),13} {plainTimes.P50 / fastTimes.P50,9:F0}x {plainTimes.P99 / fastTimes.P99,9:F0}x {Ms(fastFleet.P50),13} {Ms(plainFleet.P50),17} {plainFleet.P50 / fastFleet.P50,9:F0}x {Ms(indexed.P50),12} {plainAsks.P50 / indexed.P50,9:F0}x"));
        }
        if (closureRows.GetStringBuilder().Length > 0)
        {
            output.WriteLine();
            output.WriteLine(RoutingScaleClosures.Header);
            output.Write(closureRows.ToString());
            output.WriteLine("closures: 10 in force (80 m circles); effect: from setting or lifting an 11th until a query has its answer; rank10: 30 hospitals under the 10 closures, hierarchy against Dijkstra with the same closures; o2a: nearest and second-nearest of 400 sources to every vertex under the 10 closures, against 400 single-source Dijkstras (40 timed, scaled to 400)");
        }
        output.WriteLine();
        output.WriteLine($"point-to-point pairs: {queries} fast, of which {dijkstraQueries} also by Dijkstra; many-to-one (m2o): {FleetQueries} patients x {Fleet} vehicles, fresh each time or (indexed) out of {2 * Fleet} indexed once; mismatches: {mismatches}");
        return mismatches;
    }

    private const int Fleet = 200, FleetQueries = 20;

    private static TravelTime[] Fan(Action<TravelTime[]> run)
    {
        var r = new TravelTime[Fleet];
        run(r);
        return r;
    }

    private static int Mismatches(List<TravelTime[]> fast, List<TravelTime[]> plain)
    {
        var n = 0;
        for (var i = 0; i < plain.Count; i++)
            for (var k = 0; k < plain[i].Length; k++)
                if (fast[i][k].Status != plain[i][k].Status || fast[i][k].Ticks != plain[i][k].Ticks) n++;
        return n;
    }

    /// <summary>A point part-way along a random road segment, as snapping would produce.</summary>
    private static SnapResult Place(RoadGraph g, Random rng) =>
        new(default, default, 0, rng.Next(g.SegmentCount), rng.NextDouble(), 0);

    private static RoutingBenchmark.Stats Time<T>(List<T> inputs, Func<T, TravelTime[]> query, out List<TravelTime[]> results)
    {
        // Warm-up as long as in `bench`: on the first size the JIT keeps deferring promotion while new code still runs.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.ElapsedMilliseconds < 600 || i < 5; i++) query(inputs[i % inputs.Count]);
        var samples = new List<double>(inputs.Count);
        results = new List<TravelTime[]>(inputs.Count);
        foreach (var x in inputs)
        {
            var t0 = Stopwatch.GetTimestamp();
            results.Add(query(x));
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return RoutingBenchmark.Stats.Of(samples);
    }

    private static string Ms(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
}
