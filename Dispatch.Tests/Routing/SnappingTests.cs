using Dispatch.Routing;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>Points snap to the nearest routable road, and are refused beyond the configured distance.</summary>
[TestFixture]
public class SnappingTests
{
    [Test]
    public void Point_on_a_road_snaps_with_near_zero_distance()
    {
        var engine = RoutingTestData.Chengdu;
        var v = engine.Graph.Vertex(engine.Graph.EdgeFromVertex(0));
        var snap = engine.Snap(v);
        Assert.That(snap.DistanceMeters, Is.LessThan(0.5));
        Assert.That(snap.Fraction, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Snap_distance_is_reported_in_metres()
    {
        var engine = RoutingTestData.Chengdu;
        var v = engine.Graph.Vertex(engine.Graph.EdgeFromVertex(0));
        // About 30 m north of a road vertex: the snap can be no further than that.
        var query = new GeoPoint(v.Lon, v.Lat + 30 / 111_195d);
        var snap = engine.Snap(query);
        Assert.That(snap.DistanceMeters, Is.GreaterThan(0).And.LessThanOrEqualTo(30.5));
        Assert.That(Dispatch.Routing.Graph.Haversine.Meters(query, snap.Snapped), Is.EqualTo(snap.DistanceMeters).Within(1e-6));
    }

    [Test]
    public void Point_beyond_the_maximum_is_refused_with_a_clear_exception()
    {
        var engine = RoutingTestData.Chengdu; // max 500 m
        var farAway = new GeoPoint(104.5, 31.2);
        var ex = Assert.Throws<SnapRefusedException>(() => engine.Snap(farAway));
        Assert.That(ex!.MaxMeters, Is.EqualTo(500));
        Assert.That(ex.Point, Is.EqualTo(farAway));
        Assert.That(engine.TrySnap(farAway), Is.Null);
        Assert.That(engine.TravelTime(farAway, engine.Graph.Vertex(0)).Status, Is.EqualTo(TravelStatus.NotSnappable));
    }

    [Test]
    public void Snapping_only_lands_on_the_largest_strongly_connected_component()
    {
        var engine = RoutingTestData.Chengdu;
        var components = Dispatch.Routing.Graph.LargestComponent.StrongComponents(engine.Graph, out var count);
        Assert.That(count, Is.EqualTo(1), "the prepared graph keeps only the largest component");
        Assert.That(components.Distinct().Count(), Is.EqualTo(1));
    }
}
