using Dispatch.Routing;
using Dispatch.Routing.Closures;

namespace Dispatch.Tests.Routing;

/// <summary>While a road is closed, points snap to the nearest road that is still open.</summary>
[TestFixture]
public class ClosedRoadSnappingTests
{
    [Test]
    public void Snapping_skips_closed_roads_and_returns_after_lifting()
    {
        var engine = RoutingTestData.FreshChengdu();
        var point = new GeoPoint(104.0800, 30.6900);
        var before = engine.Snap(point);
        var g = engine.Graph;
        var closedEdges = new[] { g.SegmentForward[before.Segment], g.SegmentBackward[before.Segment] }.Where(e => e >= 0).ToList();
        engine.Closures.Set(RoadClosure.OfEdges("segment", closedEdges));
        var during = engine.Snap(point);
        Assert.That(during.Segment, Is.Not.EqualTo(before.Segment));
        Assert.That(during.DistanceMeters, Is.GreaterThanOrEqualTo(before.DistanceMeters));
        engine.Closures.Lift("segment");
        Assert.That(engine.Snap(point).Segment, Is.EqualTo(before.Segment));
    }
}
