using Dispatch.Routing;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>The contraction hierarchy must give exactly the plain Dijkstra travel time on the real Chengdu graph.</summary>
[TestFixture]
public class HierarchyMatchesDijkstraTests
{
    [Test]
    public void Point_to_point_times_are_identical_on_many_random_pairs()
    {
        var engine = RoutingTestData.Chengdu;
        var points = RoutingTestData.RandomPoints(engine, 800, seed: 7);
        var snaps = points.Select(p => engine.TrySnap(p)).OfType<SnapResult>().ToList();
        Assert.That(snaps, Has.Count.GreaterThan(700));
        var compared = 0;
        for (var i = 0; i + 1 < snaps.Count; i += 2)
        {
            var fast = engine.Fast.Between(snaps[i], snaps[i + 1]);
            var plain = engine.Plain.Between(snaps[i], snaps[i + 1]);
            Assert.That(fast.Status, Is.EqualTo(TravelStatus.Reached));
            Assert.That(fast.Ticks, Is.EqualTo(plain.Ticks), $"pair {i}: {snaps[i].Query} -> {snaps[i + 1].Query}");
            compared++;
        }
        Assert.That(compared, Is.GreaterThan(350));
    }

    [Test]
    public void Paths_unpack_to_connected_edges_whose_times_add_up()
    {
        var engine = RoutingTestData.Chengdu;
        var snaps = RoutingTestData.RandomPoints(engine, 100, seed: 11).Select(p => engine.TrySnap(p)).OfType<SnapResult>().ToList();
        var g = engine.Graph;
        for (var i = 0; i + 1 < snaps.Count; i += 2)
        {
            var path = engine.Fast.Path(snaps[i], snaps[i + 1]);
            Assert.That(path, Is.Not.Null);
            var edges = path!.Edges;
            for (var k = 1; k < edges.Count; k++)
                Assert.That(g.EdgeFromVertex(edges[k]), Is.EqualTo(g.EdgeToVertex(edges[k - 1])), "edges must chain head to tail");
            if (edges.Count > 2)
            {
                long middle = 0;
                for (var k = 1; k < edges.Count - 1; k++) middle += g.EdgeTravelTicks(edges[k]);
                Assert.That(middle, Is.LessThanOrEqualTo(path.Time.Ticks));
            }
        }
    }

    [Test]
    public void One_to_many_and_many_to_one_equal_point_to_point()
    {
        var engine = RoutingTestData.Chengdu;
        var snaps = RoutingTestData.RandomPoints(engine, 60, seed: 23).Select(p => engine.TrySnap(p)).OfType<SnapResult>().ToList();
        var origin = snaps[0];
        var others = snaps.Skip(1).ToList();
        var fastOut = new TravelTime[others.Count];
        var plainOut = new TravelTime[others.Count];
        engine.Fast.OneToMany(origin, others, fastOut);
        engine.Plain.OneToMany(origin, others, plainOut);
        var fastIn = new TravelTime[others.Count];
        var plainIn = new TravelTime[others.Count];
        engine.Fast.ManyToOne(others, origin, fastIn);
        engine.Plain.ManyToOne(others, origin, plainIn);
        for (var k = 0; k < others.Count; k++)
        {
            Assert.That(fastOut[k].Ticks, Is.EqualTo(plainOut[k].Ticks), $"one-to-many target {k}");
            Assert.That(fastOut[k].Ticks, Is.EqualTo(engine.Plain.Between(origin, others[k]).Ticks), $"one-to-many vs p2p {k}");
            Assert.That(fastIn[k].Ticks, Is.EqualTo(plainIn[k].Ticks), $"many-to-one origin {k}");
            Assert.That(fastIn[k].Ticks, Is.EqualTo(engine.Plain.Between(others[k], origin).Ticks), $"many-to-one vs p2p {k}");
            Assert.That(fastOut[k].Meters, Is.EqualTo(plainOut[k].Meters).Within(1.0).Or.GreaterThan(0), "metres are reported");
        }
    }

    [Test]
    public void Small_fans_below_the_sweep_threshold_match_dijkstra()
    {
        var engine = RoutingTestData.Chengdu;
        var snaps = RoutingTestData.RandomPoints(engine, 300, seed: 31).Select(p => engine.TrySnap(p)).OfType<SnapResult>().ToList();
        Assert.That(engine.Fast.SweepThreshold, Is.GreaterThan(5));
        for (var i = 0; i + 6 <= snaps.Count; i += 6)
        {
            var others = snaps.GetRange(i + 1, 5);
            var fast = new TravelTime[5];
            var plain = new TravelTime[5];
            engine.Fast.OneToMany(snaps[i], others, fast);
            engine.Plain.OneToMany(snaps[i], others, plain);
            Assert.That(fast.Select(t => t.Ticks), Is.EqualTo(plain.Select(t => t.Ticks)), $"one-to-many from {i}");
            engine.Fast.ManyToOne(others, snaps[i], fast);
            engine.Plain.ManyToOne(others, snaps[i], plain);
            Assert.That(fast.Select(t => t.Ticks), Is.EqualTo(plain.Select(t => t.Ticks)), $"many-to-one to {i}");
        }
    }

    [Test]
    public void Both_points_on_one_edge_route_along_it_without_a_detour()
    {
        var engine = RoutingTestData.Chengdu;
        var g = engine.Graph;
        // The longest two-way segment gives room for two points on it.
        var seg = Enumerable.Range(0, g.SegmentCount)
            .Where(s => g.SegmentForward[s] >= 0 && g.SegmentBackward[s] >= 0)
            .MaxBy(s => g.EdgeMeters[g.SegmentForward[s]]);
        var e = g.SegmentForward[seg];
        var a = new SnapResult(default, default, 0, seg, 0.25, 0);
        var b = new SnapResult(default, default, 0, seg, 0.75, 0);
        var forward = engine.Fast.Between(a, b);
        var back = engine.Fast.Between(b, a);
        Assert.That(forward.Ticks, Is.EqualTo(engine.Plain.Between(a, b).Ticks));
        Assert.That(back.Ticks, Is.EqualTo(engine.Plain.Between(b, a).Ticks));
        Assert.That(forward.Ticks, Is.EqualTo(g.EdgeTicks[e] / 2).Within(1));
        Assert.That(forward.Meters, Is.EqualTo(g.EdgeMeters[e] / 2).Within(0.01));
    }
}
