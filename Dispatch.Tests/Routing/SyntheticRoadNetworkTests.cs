using Dispatch.Routing;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;
using Dispatch.Routing.Synthetic;

namespace Dispatch.Tests.Routing;

/// <summary>The generated cities used for scaling measurements are realistic enough, reproducible, and routed exactly.</summary>
[TestFixture]
public class SyntheticRoadNetworkTests
{
    private static readonly SyntheticCityPlan Plan = new(10_000, Seed: 3);

    [Test]
    public void Almost_every_junction_is_in_the_largest_strongly_connected_component()
    {
        var raw = SyntheticRoadNetwork.Generate(Plan);
        var core = LargestComponent.Extract(raw);
        Assert.That(raw.VertexCount, Is.EqualTo(Plan.Junctions));
        Assert.That(core.VertexCount, Is.GreaterThanOrEqualTo(0.95 * raw.VertexCount));
    }

    [Test]
    public void The_same_seed_gives_the_same_network_and_another_seed_a_different_one()
    {
        var a = SyntheticRoadNetwork.Generate(Plan);
        var b = SyntheticRoadNetwork.Generate(Plan);
        var c = SyntheticRoadNetwork.Generate(Plan with { Seed = 4 });
        Assert.That(b.EdgeFrom, Is.EqualTo(a.EdgeFrom));
        Assert.That(b.EdgeTo, Is.EqualTo(a.EdgeTo));
        Assert.That(b.EdgeTicks, Is.EqualTo(a.EdgeTicks));
        Assert.That(b.VertexLon, Is.EqualTo(a.VertexLon));
        Assert.That(c.EdgeTicks, Is.Not.EqualTo(a.EdgeTicks));
    }

    [Test]
    public void It_has_one_way_streets_missing_links_and_faster_arterials()
    {
        var g = SyntheticRoadNetwork.Generate(Plan);
        var segments = Enumerable.Range(0, g.SegmentCount).ToList();
        var oneWay = segments.Count(s => g.SegmentForward[s] < 0 || g.SegmentBackward[s] < 0);
        var width = (int)Math.Ceiling(Math.Sqrt(Plan.Junctions));
        var fullGrid = 2 * width * (width - 1);
        Assert.That(oneWay, Is.GreaterThan(g.SegmentCount / 20), "one-way segments");
        Assert.That(g.SegmentCount, Is.LessThan(0.97 * fullGrid), "missing links");
        var speeds = Enumerable.Range(0, g.EdgeCount).Select(e => Math.Round(g.EdgeMeters[e] / ((double)g.EdgeTicks[e] / TravelTicks.PerSecond) * 3.6)).Distinct().Count();
        Assert.That(speeds, Is.GreaterThanOrEqualTo(3), "local streets, arterials and expressways");
    }

    [Test]
    public void Hierarchy_equals_dijkstra_on_a_thousand_random_pairs()
    {
        // A smaller city keeps the thousand Dijkstra runs quick; the structure is the same at every size.
        var g = LargestComponent.Extract(SyntheticRoadNetwork.Generate(Plan with { Junctions = 4000 }));
        var fast = new HierarchyEngine(g, HierarchyBuilder.Build(g));
        var plain = new DijkstraEngine(g);
        var rng = new Random(17);
        SnapResult Place() => new(default, default, 0, rng.Next(g.SegmentCount), rng.NextDouble(), 0);
        var mismatches = new List<string>();
        for (var i = 0; i < 1000; i++)
        {
            var (a, b) = (Place(), Place());
            TravelTime f = fast.Between(a, b), p = plain.Between(a, b);
            Assert.That(f.Status, Is.EqualTo(TravelStatus.Reached));
            if (f.Ticks != p.Ticks || f.Status != p.Status) mismatches.Add($"{a.Segment}@{a.Fraction:F3} -> {b.Segment}@{b.Fraction:F3}: {f.Ticks} vs {p.Ticks}");
        }
        Assert.That(mismatches, Is.Empty);
    }
}
