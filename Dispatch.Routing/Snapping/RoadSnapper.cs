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

    /// <summary>Nearest usable segment within <paramref name="maxMeters"/>, or null.</summary>
    public SnapResult? TrySnap(GeoPoint p, double maxMeters, Func<int, bool>? usable = null)
    {
        // Grow the search window so that dense city centres stay cheap and sparse countryside still works.
        for (var radius = Math.Min(100d, maxMeters); ; radius = Math.Min(radius * 4, maxMeters))
        {
            SnapResult? best = null;
            foreach (var s in SegmentsNear(p, radius))
            {
                if (usable is not null && !usable(s)) continue;
                var candidate = Nearest(p, s);
                if (best is null || candidate.DistanceMeters < best.DistanceMeters ||
                    (candidate.DistanceMeters == best.DistanceMeters && candidate.Segment < best.Segment))
                    best = candidate;
            }
            if (best is not null && best.DistanceMeters <= radius) return best;
            if (radius >= maxMeters) return null;
        }
    }

    private SnapResult Nearest(GeoPoint p, int s)
    {
        var proj = new LocalProjection(p.Lon, p.Lat);
        int start = _g.SegmentCoordStart[s], end = _g.SegmentCoordStart[s + 1];
        double bestD2 = double.MaxValue, bestAlong = 0, total = 0, bestLon = 0, bestLat = 0;
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
            }
            total += pieceMeters;
        }
        var fraction = total > 0 ? Math.Clamp(bestAlong / total, 0, 1) : 0;
        var snapped = new GeoPoint(bestLon, bestLat);
        return new SnapResult(p, snapped, Haversine.Meters(p, snapped), s, fraction, _g.SegmentWayId[s]);
    }
}
