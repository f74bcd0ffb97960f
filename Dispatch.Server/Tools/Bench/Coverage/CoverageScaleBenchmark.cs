using System.Globalization;
using Dispatch.Routing;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Synthetic;
using Dispatch.Server.Coverage.Maths;

namespace Dispatch.Server.Tools.Bench.Coverage;

/// <summary>How the three coverage computations grow with network size (fleet fixed) and with fleet size (network fixed).</summary>
internal static class CoverageScaleBenchmark
{
    public static void Run(IReadOnlyList<int> sizes, IReadOnlyList<int> fleets, int seed, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("coverage (500 m cells, 40 posts, 20 rounds each):");
        output.WriteLine($"{"vertices",9} {"vehicles",9} {"cells",7} {"recompute p50",14} {"recompute p99",14} {"cost of 10 p50",15} {"move-up p50",12} {"move-up p99",12}");
        var largest = sizes.Max();
        foreach (var size in sizes)
            Row(Engine(size, seed), 400, seed, output);
        foreach (var fleet in fleets.Where(f => f != 400))
            Row(Engine(largest, seed), fleet, seed, output);
    }

    private static readonly Dictionary<int, RoutingEngine> Engines = [];

    private static RoutingEngine Engine(int size, int seed) => Engines.TryGetValue(size, out var e) ? e
        : Engines[size] = RoutingEngine.FromGraph(SyntheticRoadNetwork.Generate(new SyntheticCityPlan(size, seed)), DefaultProfiles.Ambulance);

    private static void Row(RoutingEngine engine, int vehicles, int seed, TextWriter output)
    {
        var work = new CoverageWorkload(engine, vehicles, 40, 500, seed);
        CoveragePicture picture = null!;
        var fleets = Enumerable.Range(0, 23).Select(_ => work.Drifted()).ToList();
        var full = Percentiles.Time(20, i => picture = new CoveragePicture(work.Grid, CoverageQueries.Nearest(engine, fleets[i < 0 ? -i : i + 3], work.Grid.Snaps), vehicles),
            steadyAfter: Percentiles.SteadyAfter);
        var ten = Enumerable.Range(0, Math.Min(10, vehicles)).ToArray();
        var cost = Percentiles.Time(20, _ => { foreach (var k in ten) picture.Remove(k); });
        var posts = CoverageQueries.Posts(engine, work.Posts, work.Grid.Snaps);
        var all = Enumerable.Range(0, vehicles).ToList();
        var moveUp = Percentiles.Time(20, _ => MoveUpPlanner.Explain(picture, posts, MoveUpPlanner.Rank(picture, posts, all, perSource: 3)[0], 0.9),
            steadyAfter: Percentiles.SteadyAfter);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine.Graph.VertexCount,9} {vehicles,9} {work.Grid.Count,7} {Percentiles.Ms(full.P50),14} {Percentiles.Ms(full.P99),14} {Percentiles.Ms(cost.P50),15} {Percentiles.Ms(moveUp.P50),12} {Percentiles.Ms(moveUp.P99),12}"));
    }
}
