using System.Text.Json;
using Dispatch.Routing;
using Dispatch.Routing.Graph;

namespace Dispatch.Tests.Routing;

/// <summary>A route's line starts and ends at the snapped points, follows its length, and is written as GeoJSON.</summary>
[TestFixture]
public class RouteGeometryTests
{
    [Test]
    public void Route_line_runs_from_snapped_origin_to_snapped_destination_with_matching_length()
    {
        var engine = RoutingTestData.Chengdu;
        var route = engine.Route(new GeoPoint(104.0650, 30.6600), new GeoPoint(104.1050, 30.7100))!;
        var coords = route.Geometry.Coordinates;
        Assert.That(coords[0].X, Is.EqualTo(route.Path.From.Snapped.Lon).Within(1e-9));
        Assert.That(coords[0].Y, Is.EqualTo(route.Path.From.Snapped.Lat).Within(1e-9));
        Assert.That(coords[^1].X, Is.EqualTo(route.Path.To.Snapped.Lon).Within(1e-9));
        Assert.That(coords[^1].Y, Is.EqualTo(route.Path.To.Snapped.Lat).Within(1e-9));
        var length = 0d;
        for (var i = 1; i < coords.Length; i++) length += Haversine.Meters(coords[i - 1].X, coords[i - 1].Y, coords[i].X, coords[i].Y);
        Assert.That(length, Is.EqualTo(route.Meters).Within(route.Meters * 0.001 + 0.5));
    }

    [Test]
    public void GeoJson_is_a_feature_with_a_line_and_time()
    {
        var engine = RoutingTestData.Chengdu;
        var route = engine.Route(new GeoPoint(104.0650, 30.6600), new GeoPoint(104.1050, 30.7100))!;
        using var doc = JsonDocument.Parse(route.GeoJson);
        Assert.That(doc.RootElement.GetProperty("type").GetString(), Is.EqualTo("Feature"));
        Assert.That(doc.RootElement.GetProperty("geometry").GetProperty("type").GetString(), Is.EqualTo("LineString"));
        Assert.That(doc.RootElement.GetProperty("properties").GetProperty("seconds").GetDouble(), Is.EqualTo(route.Seconds).Within(1e-9));
        Assert.That(doc.RootElement.GetProperty("geometry").GetProperty("coordinates").GetArrayLength(), Is.EqualTo(route.Geometry.NumPoints));
    }
}
