using Dispatch.Routing;
using Dispatch.Routing.Closures;

namespace Dispatch.Tests.Routing;

/// <summary>A dispatcher's closure changes the next route at once, and lifting it restores the original.</summary>
[TestFixture]
public class ClosureTests
{
    private RoutingEngine _engine = null!;
    private GeoPoint _from, _to;

    [OneTimeSetUp]
    public void Prepare()
    {
        _engine = RoutingTestData.FreshChengdu();
        // Two points a few km apart in central Chengdu.
        _from = new GeoPoint(104.0650, 30.6600);
        _to = new GeoPoint(104.1050, 30.7100);
    }

    private int MiddleEdge(IReadOnlyList<int> edges) => edges[edges.Count / 2];

    [Test]
    public void Closing_edges_reroutes_immediately_and_lifting_restores()
    {
        var before = _engine.Route(_from, _to)!;
        var closedEdge = MiddleEdge(before.Path.Edges);

        var closed = _engine.Closures.Set(RoadClosure.OfEdges("c-edges", [closedEdge], "accident"));
        Assert.That(closed, Is.EquivalentTo(new[] { closedEdge }));
        var during = _engine.Route(_from, _to)!;
        Assert.That(during.Path.Edges, Does.Not.Contain(closedEdge));
        Assert.That(during.Seconds, Is.GreaterThanOrEqualTo(before.Seconds));
        Assert.That(during.Path.Edges, Is.Not.EqualTo(before.Path.Edges));

        Assert.That(_engine.Closures.Lift("c-edges"), Is.True);
        var after = _engine.Route(_from, _to)!;
        Assert.That(after.Path.Time.Ticks, Is.EqualTo(before.Path.Time.Ticks));
        Assert.That(_engine.Current, Is.SameAs(_engine.Fast), "back on the fast engine once nothing is closed");
        Assert.That(_engine.Closures.Lift("c-edges"), Is.False, "lifting twice reports that nothing was lifted");
    }

    [Test]
    public void Closing_a_circle_around_a_point_closes_both_directions_of_nearby_roads()
    {
        var before = _engine.Route(_from, _to)!;
        var edge = MiddleEdge(before.Path.Edges);
        var centre = _engine.Shapes.Edge(edge).Centroid;
        var closed = _engine.Closures.Set(RoadClosure.AroundPoint("c-circle", new GeoPoint(centre.X, centre.Y), 25));
        try
        {
            Assert.That(closed, Does.Contain(edge));
            var during = _engine.Route(_from, _to)!;
            Assert.That(during.Path.Edges.Intersect(closed), Is.Empty, "no closed edge is used");
            Assert.That(during.Seconds, Is.GreaterThan(before.Seconds));
        }
        finally { _engine.Closures.Lift("c-circle"); }
        Assert.That(_engine.Route(_from, _to)!.Path.Time.Ticks, Is.EqualTo(before.Path.Time.Ticks));
    }

    [Test]
    public void Closing_along_a_polyline_uses_the_radius_around_the_whole_line()
    {
        var before = _engine.Route(_from, _to)!;
        var coords = before.Geometry.Coordinates;
        var line = new[] { coords[coords.Length / 3], coords[coords.Length / 2] }.Select(c => new GeoPoint(c.X, c.Y)).ToList();
        var closed = _engine.Closures.Set(RoadClosure.AlongLine("c-line", line, 10));
        try
        {
            Assert.That(closed, Is.Not.Empty);
            Assert.That(_engine.Closures.Current.ClosedEdgeCount, Is.EqualTo(closed.Count));
            var during = _engine.Route(_from, _to);
            Assert.That(during, Is.Not.Null);
            Assert.That(during!.Path.Edges.Intersect(closed), Is.Empty);
        }
        finally { _engine.Closures.Lift("c-line"); }
        Assert.That(_engine.Closures.Current.IsEmpty, Is.True);
    }

    [Test]
    public void Ranking_sees_closures_at_once()
    {
        var to = new[] { _to };
        var before = _engine.OneToMany(_from, to)[0];
        var edges = _engine.Route(_from, _to)!.Path.Edges;
        _engine.Closures.Set(RoadClosure.OfEdges("c-rank", [MiddleEdge(edges)]));
        try
        {
            var during = _engine.OneToMany(_from, to)[0];
            Assert.That(during.Ticks, Is.GreaterThan(before.Ticks));
        }
        finally { _engine.Closures.Lift("c-rank"); }
    }
}
