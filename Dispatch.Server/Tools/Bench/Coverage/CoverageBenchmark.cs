using System.Globalization;
using Dispatch.Routing;
using Dispatch.Server.Coverage.Maths;

namespace Dispatch.Server.Tools.Bench.Coverage;

/// <summary>
/// The coverage rows: full recompute (one multi-source search) against one Dijkstra per vehicle, the coverage cost of
/// ten recommended vehicles read from the second-nearest labels, and the best single move-up among every available
/// vehicle and post against recomputing coverage for each option (timed on a sample of options and multiplied out,
/// since all of them would take minutes). Every fast answer is checked against its baseline; returns the mismatches.
/// </summary>
internal static class CoverageBenchmark
{
    public static int Run(RoutingEngine engine, int vehicles, int posts, double cellMeters, int rounds, int seed, TextWriter output)
    {
        var work = new CoverageWorkload(engine, vehicles, posts, cellMeters, seed);
        output.WriteLine(FormattableString.Invariant($"grid: {work.Grid.Count} cells of {cellMeters} m; {vehicles} vehicles, {posts} standby posts, {work.Grid.Zones.All.Count} zones"));
        var mismatches = 0;

        // Full recompute: a fleet that has moved since the last time, every round.
        var fleets = Enumerable.Range(0, rounds + 3).Select(_ => work.Drifted()).ToList();
        CoveragePicture? picture = null;
        var full = Percentiles.Time(rounds, i => picture = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, fleets[i < 0 ? -i : i + 3], work.Grid.Snaps), vehicles),
            warmUp: 3, steadyAfter: Percentiles.SteadyAfter, out var fullCold);
        var naiveRounds = Math.Max(2, Math.Min(5, rounds / 10));
        CellTimes? reference = null;
        var naive = Percentiles.Time(naiveRounds, i => reference = work.OneDijkstraPerVehicle(fleets[i < 0 ? -i : i + 3]), warmUp: 1);
        var last = CoverageQueries.Nearest(engine, fleets[naiveRounds - 1 + 3], work.Grid.Snaps);
        for (var c = 0; c < last.Count; c++)
            if (last.First[c] != reference!.First[c] || last.Second[c] != reference.Second[c]) mismatches++;

        // The cost of sending each of ten recommended vehicles (the nearest ten to a random patient).
        picture = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, work.Vehicles, work.Grid.Snaps), vehicles);
        var patients = Enumerable.Range(0, rounds * 4).Select(_ => work.Place()).ToList();
        var recommended = patients.Select(p => Enumerable.Range(0, vehicles).OrderBy(k => Dispatch.Routing.Graph.Haversine.Meters(p, work.Vehicles[k])).Take(10).ToArray()).ToList();
        var lost = 0d;
        var cost = Percentiles.Time(patients.Count, i =>
        {
            foreach (var k in recommended[Math.Max(0, i)]) lost += picture.Remove(k).LostDemand;
        }, warmUp: 3, steadyAfter: Percentiles.SteadyAfter);
        var costNaive = Percentiles.Time(2, i =>
        {
            foreach (var k in recommended[Math.Max(0, i)])
                _ = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, work.Vehicles.Where((_, j) => j != k).ToList(), work.Grid.Snaps), vehicles - 1);
        }, warmUp: 0);
        foreach (var k in recommended[0].Take(3))
        {
            var without = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, work.Vehicles.Where((_, j) => j != k).ToList(), work.Grid.Snaps), vehicles - 1);
            if (Math.Abs(picture.Remove(k).LostDemand - (picture.Covered - without.Covered)) > 1e-6) mismatches++;
        }

        // Best single move-up among all vehicles (all available) and all posts.
        var prepared = System.Diagnostics.Stopwatch.StartNew();
        var postTimes = CoverageQueries.Posts(engine, work.Posts, work.Grid.Snaps);
        var postMs = prepared.Elapsed.TotalMilliseconds;
        var candidates = Enumerable.Range(0, vehicles).ToList();
        List<MoveOption> ranked = [];
        var moveUp = Percentiles.Time(rounds, _ =>
        {
            // The best move and the next ones the dispatcher is shown, each explained zone by zone.
            ranked = MoveUpPlanner.Rank(picture, postTimes, candidates, perSource: 3);
            MoveUpPlanner.Explain(picture, postTimes, ranked[0], 0.9);
        }, warmUp: 3, steadyAfter: Percentiles.SteadyAfter, out var moveUpCold);
        var options = vehicles * posts;
        var sample = ranked.Take(3).Concat(Enumerable.Range(0, 9).Select(_ => ranked[work.Random.Next(ranked.Count)])).ToList();
        var perOption = Percentiles.Time(sample.Count, i =>
        {
            var option = sample[Math.Max(0, i)];
            var moved = work.Vehicles.Select((p, j) => j == option.Source ? work.Posts[option.Post] : p).ToList();
            var after = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, moved, work.Grid.Snaps), vehicles);
            if (i >= 0 && Math.Abs(after.Covered - picture.Covered - option.GainDemand) > 1e-6) mismatches++;
        }, warmUp: 1);
        var naiveMoveUp = perOption.P50 * options;

        output.WriteLine($"{"computation",-52} {"p50",10} {"p99",10} {"naive p50",12} {"ratio p50",10} {"target p99",11}");
        Row(output, "full coverage recompute", full, naive.P50, "20 ms, >= 20x");
        Row(output, "coverage cost of the 10 recommended vehicles", cost, costNaive.P50, "5 ms");
        Row(output, $"best single move-up ({vehicles} vehicles x {posts} posts)", moveUp, naiveMoveUp, "50 ms, >= 20x");
        output.WriteLine();
        output.WriteLine(FormattableString.Invariant(
            $"naive: full recompute = one plain Dijkstra per vehicle to every cell ({naive.Samples} runs); cost = recomputing coverage without each of the 10 ({costNaive.Samples} runs); move-up = recomputing coverage for each of the {options} options, timed on {perOption.Samples} sampled options ({Percentiles.Ms(perOption.P50)} each) and multiplied out."));
        output.WriteLine(FormattableString.Invariant(
            $"timed after {Percentiles.SteadyAfter.TotalSeconds:F0} s of warm-up (a running server's optimised code); the first runs after a start, before that: full recompute p50 {Percentiles.Ms(fullCold.P50)}, worst {Percentiles.Ms(fullCold.Worst)} over {fullCold.Samples} runs; move-up p50 {Percentiles.Ms(moveUpCold.P50)}, worst {Percentiles.Ms(moveUpCold.Worst)} over {moveUpCold.Samples} runs."));
        output.WriteLine(FormattableString.Invariant($"post tables (one search per post, redone only when closures change): {postMs:F0} ms; mismatches against the baselines: {mismatches}"));
        return mismatches;
    }

    private static void Row(TextWriter output, string name, Percentiles fast, double naiveP50, string target) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {Percentiles.Ms(fast.P50),10} {Percentiles.Ms(fast.P99),10} {Percentiles.Ms(naiveP50),12} {naiveP50 / fast.P50,9:F0}x {target,11}"));
}
