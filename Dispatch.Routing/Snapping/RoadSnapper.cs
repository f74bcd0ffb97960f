using Dispatch.Routing.Graph;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Dispatch.Routing.Snapping;

/// <summary>Finds the nearest point on a usable road segment, using an STR-tree of segment envelopes.</summary>
public sealed class RoadSnapper
{
    private readonly RoadGraph _g;
    private readonly STRtree<int> _tree = new();

    public RoadSnapper(RoadGraph graph)
    {
        _g = graph;
        for (var s = 0; s < graph.SegmentCount; s++)
        {
            var env = new Envelope();
            for (var i = graph.SegmentCoordStart[s]; i < graph.SegmentCoordStart[s + 1]; i++)
                env.ExpandToInclude(graph.CoordLon[i], graph.CoordLat[i]);
            _tree.Insert(env, s);
        }
        _tree.Build();
    }

    /// <summary>Segments whose envelope comes within <paramref name="meters"/> of the point.</summary>
    public IList<int> SegmentsNear(GeoPoint p, double meters)
    {
        var dLat = LocalProjection.DegreesLat(meters);
        var dLon = LocalProjection.DegreesLon(meters, p.Lat);
        return _tree.Query(new Envelope(p.Lon - dLon, p.Lon + dLon, p.Lat - dLat, p.Lat + dLat));
    }

    /// <summary>Closer than this, two snapped points are the same spot.</summary>
    private const double SameSpotMeters = 0.01;
    /// <summary>At most this many other roads are kept as ties (each brings up to two search seeds).</summary>
    public const int MaxTies = 5;

    /// <summary>Nearest usable segment within <paramref name="maxMeters"/>, or null.</summary>
    /// <remarks>
    /// Several roads can be nearest at once. At a junction they share the vertex, which the searches start from.
    /// Separate nodes on one spot are not joined, so a point there is on every road through them: the first such road
    /// is the answer (a node beats a road merely passing within a centimetre) and the others come as its ties.
    /// </remarks>
    public SnapResult? TrySnap(GeoPoint p, double maxMeters, Func<int, bool>? usable = null)
    {
        // Grow the search window so that dense city centres stay cheap and sparse countryside still works.
        for (var radius = Math.Min(100d, maxMeters); ; radius = Math.Min(radius * 4, maxMeters))
        {
            SnapResult? best = null;
            List<(SnapResult snap, bool atNode)>? near = null;
            foreach (var s in SegmentsNear(p, radius))
            {
                if (usable is not null && !usable(s)) continue;
                var candidate = Nearest(p, s, out var atNode);
                (near ??= []).Add((candidate, atNode));
                if (best is null || candidate.DistanceMeters < best.DistanceMeters ||
                    (candidate.DistanceMeters == best.DistanceMeters && candidate.Segment < best.Segment))
                    best = candidate;
            }
            if (best is not null && best.DistanceMeters <= radius) return WithTies(best, near!);
            if (radius >= maxMeters) return null;
        }
    }

    private SnapResult WithTies(SnapResult best, List<(SnapResult snap, bool atNode)> near)
    {
        var nodes = near.Where(c => c.atNode && c.snap.DistanceMeters <= best.DistanceMeters + SameSpotMeters)
            .OrderBy(c => c.snap.DistanceMeters).ThenBy(c => c.snap.Segment).Select(c => c.snap).ToList();
        if (nodes.Count == 0) return best;
        var first = nodes[0];
        // Every other node on that spot, on any of the nearest roads, the first road included (a way may pass twice).
        // A place is a vertex (a road's end, shared by every road meeting there) or a node inside one segment.
        var places = new HashSet<(int vertex, int segment, double fraction)> { Place(first.Segment, first.Fraction) };
        var ties = new List<SnapResult>();
        foreach (var road in nodes)
            foreach (var (fraction, at) in NodesAt(road.Segment, first.Snapped))
                if (ties.Count < MaxTies && places.Add(Place(road.Segment, fraction)))
                    ties.Add(road with { Fraction = fraction, Snapped = at, Ties = [] });
        return ties.Count == 0 ? first : first with { Ties = ties };
    }

    private (int vertex, int segment, double fraction) Place(int s, double fraction)
    {
        int f = _g.SegmentForward[s], b = _g.SegmentBackward[s];
        if (fraction <= 0) return (f >= 0 ? _g.EdgeFrom[f] : _g.EdgeTo[b], -1, 0);
        if (fraction >= 1) return (f >= 0 ? _g.EdgeTo[f] : _g.EdgeFrom[b], -1, 0);
        return (-1, s, fraction);
    }

    /// <summary>Positions (fraction along the segment, coordinate) of the segment's nodes on the given spot.</summary>
    private List<(double fraction, GeoPoint at)> NodesAt(int s, GeoPoint spot)
    {
        int start = _g.SegmentCoordStart[s], end = _g.SegmentCoordStart[s + 1];
        var along = new double[end - start];
        for (var i = start + 1; i < end; i++)
            along[i - start] = along[i - start - 1] + Haversine.Meters(_g.CoordLon[i - 1], _g.CoordLat[i - 1], _g.CoordLon[i], _g.CoordLat[i]);
        var total = along[^1];
        var found = new List<(double, GeoPoint)>();
        for (var i = start; i < end; i++)
        {
            var p = new GeoPoint(_g.CoordLon[i], _g.CoordLat[i]);
            if (Haversine.Meters(p, spot) <= SameSpotMeters) found.Add((total > 0 ? along[i - start] / total : 0, p));
        }
        return found;
    }

    private SnapResult Nearest(GeoPoint p, int s, out bool atNode)
    {
        var proj = new LocalProjection(p.Lon, p.Lat);
        int start = _g.SegmentCoordStart[s], end = _g.SegmentCoordStart[s + 1];
        double bestD2 = double.MaxValue, bestAlong = 0, total = 0, bestLon = 0, bestLat = 0, bestNodeMeters = double.MaxValue;
        for (var i = start; i + 1 < end; i++)
        {
            var (ax, ay) = proj.Project(_g.CoordLon[i], _g.CoordLat[i]);
            var (bx, by) = proj.Project(_g.CoordLon[i + 1], _g.CoordLat[i + 1]);
            double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
            var t = len2 > 0 ? Math.Clamp(-(ax * dx + ay * dy) / len2, 0, 1) : 0;
            double cx = ax + t * dx, cy = ay + t * dy, d2 = cx * cx + cy * cy;
            var pieceMeters = Haversine.Meters(_g.CoordLon[i], _g.CoordLat[i], _g.CoordLon[i + 1], _g.CoordLat[i + 1]);
            if (d2 < bestD2)
            {
                bestD2 = d2;
                bestAlong = total + t * pieceMeters;
                bestLon = _g.CoordLon[i] + t * (_g.CoordLon[i + 1] - _g.CoordLon[i]);
                bestLat = _g.CoordLat[i] + t * (_g.CoordLat[i + 1] - _g.CoordLat[i]);
                bestNodeMeters = Math.Min(t, 1 - t) * pieceMeters;
            }
            total += pieceMeters;
        }
        atNode = bestNodeMeters <= SameSpotMeters;
        var fraction = total > 0 ? Math.Clamp(bestAlong / total, 0, 1) : 0;
        var snapped = new GeoPoint(bestLon, bestLat);
        return new SnapResult(p, snapped, Haversine.Meters(p, snapped), s, fraction, _g.SegmentWayId[s]);
    }
}
