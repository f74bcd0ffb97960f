using System.Text.Json;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Queries;
using NetTopologySuite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Dispatch.Routing.Shapes;

/// <summary>Draws found routes and road edges as WGS84 line strings and writes them as GeoJSON.</summary>
public sealed class RouteGeometry(RoadGraph graph)
{
    private static readonly GeometryFactory Factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);
    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    /// <summary>The road edge's own shape, in its driving direction.</summary>
    public LineString Edge(int edge)
    {
        var pts = new List<Coordinate>();
        AppendSlice(pts, edge, 0, 1);
        return Factory.CreateLineString([.. pts]);
    }

    public LineString Route(RoutePath path)
    {
        var pts = new List<Coordinate>();
        var from = path.From; var to = path.To;
        var edges = path.Edges;
        // An end at a junction starts or stops at the vertex, on a road other than the one it was snapped to.
        for (var i = 0; i < edges.Count; i++)
        {
            var segment = graph.EdgeSegment[edges[i]];
            var t0 = i == 0 && On(from, segment) is { } a ? Along(edges[i], a.Fraction) : 0;
            var t1 = i == edges.Count - 1 && On(to, segment) is { } b ? Along(edges[i], b.Fraction) : 1;
            AppendSlice(pts, edges[i], t0, t1);
        }
        if (pts.Count == 0) Add(pts, from.Snapped);
        if (pts.Count == 1) pts.Add(pts[0].Copy());
        return Factory.CreateLineString([.. pts]);
    }

    /// <summary>A GeoJSON Feature with the route line and its seconds and metres.</summary>
    public string RouteGeoJson(RoutePath path)
    {
        var feature = new Feature(Route(path), new AttributesTable
        {
            { "seconds", path.Time.Seconds },
            { "meters", path.Time.Meters },
        });
        return JsonSerializer.Serialize(feature, Json);
    }

    public static string ToGeoJson(NetTopologySuite.Geometries.Geometry geometry) => JsonSerializer.Serialize(geometry, Json);

    /// <summary>The snap (or tie) lying on the segment, or null when the route leaves from a junction instead.</summary>
    private static Snapping.SnapResult? On(Snapping.SnapResult snap, int segment) => snap.All.FirstOrDefault(s => s.Segment == segment);

    private double Along(int edge, double segmentFraction) => graph.IsForward(edge) ? segmentFraction : 1 - segmentFraction;

    /// <summary>Appends the part of an edge between positions t0 and t1 (fractions of its length in driving direction).</summary>
    private void AppendSlice(List<Coordinate> pts, int edge, double t0, double t1)
    {
        var s = graph.EdgeSegment[edge];
        int start = graph.SegmentCoordStart[s], end = graph.SegmentCoordStart[s + 1];
        var forward = graph.IsForward(edge);
        var n = end - start;
        GeoPoint At(int k) { var i = forward ? start + k : end - 1 - k; return new GeoPoint(graph.CoordLon[i], graph.CoordLat[i]); }

        var cumulative = new double[n];
        for (var k = 1; k < n; k++) cumulative[k] = cumulative[k - 1] + Haversine.Meters(At(k - 1), At(k));
        var total = cumulative[n - 1];
        double a = t0 * total, b = t1 * total;
        Add(pts, PointAt(a));
        for (var k = 1; k < n - 1; k++)
            if (cumulative[k] > a && cumulative[k] < b) Add(pts, At(k));
        Add(pts, PointAt(b));

        GeoPoint PointAt(double m)
        {
            for (var k = 1; k < n; k++)
            {
                if (m > cumulative[k] && k < n - 1) continue;
                var piece = cumulative[k] - cumulative[k - 1];
                var t = piece > 0 ? Math.Clamp((m - cumulative[k - 1]) / piece, 0, 1) : 0;
                GeoPoint p = At(k - 1), q = At(k);
                return new GeoPoint(p.Lon + t * (q.Lon - p.Lon), p.Lat + t * (q.Lat - p.Lat));
            }
            return At(0);
        }
    }

    private static void Add(List<Coordinate> pts, GeoPoint p)
    {
        var c = new Coordinate(p.Lon, p.Lat);
        if (pts.Count > 0 && pts[^1].Equals2D(c)) return;
        pts.Add(c);
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
