using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// Turns a point snapped part-way along a segment into search seeds. Partial costs are rounded once to whole ticks, the
/// same way for every engine, so that fast and plain searches add up to exactly the same ticks.
/// A point at one of the segment's end vertices (a junction, or a road's end) is seeded at that vertex at zero
/// cost, with no edge: every road meeting there ties for the snap, and starting through the one the snapper happened
/// to pick would force a one-way road's direction on the route.
/// </summary>
internal static class Phantoms
{
    /// <summary>Position along edge <paramref name="e"/> in its own driving direction, 0..1.</summary>
    private static double Along(RoadGraph g, int e, double segmentFraction) => g.IsForward(e) ? segmentFraction : 1 - segmentFraction;

    /// <summary>Ticks to drive the first <paramref name="t"/> of edge <paramref name="e"/>.</summary>
    private static int Ticks(RoadGraph g, int e, double t) => (int)Math.Round(t * g.EdgeTicks[e], MidpointRounding.AwayFromZero);

    private static bool Open(int e, bool[]? closed) => e >= 0 && (closed is null || !closed[e]);

    /// <summary>Closer than this along the road to an end vertex, a snap is at the vertex (about a millisecond of driving).</summary>
    private const double AtVertexMeters = 0.01;

    /// <summary>The vertex the snapped point lies on, or -1 when it lies strictly inside the segment.</summary>
    public static int AtVertex(RoadGraph g, SnapResult s)
    {
        int f = g.SegmentForward[s.Segment], b = g.SegmentBackward[s.Segment];
        var e = f >= 0 ? f : b;
        var meters = g.EdgeMeters[e];
        int first = f >= 0 ? g.EdgeFrom[f] : g.EdgeTo[b], last = f >= 0 ? g.EdgeTo[f] : g.EdgeFrom[b];
        if (s.Fraction * meters < AtVertexMeters) return first;
        if ((1 - s.Fraction) * meters < AtVertexMeters) return last;
        return -1;
    }

    /// <summary>Room for the seeds of a snap and its ties.</summary>
    public const int MaxSeeds = 2 * (1 + RoadSnapper.MaxTies);

    public static int Sources(RoadGraph g, SnapResult s, Span<Seed> into, bool[]? closed)
    {
        var n = 0;
        foreach (var snap in s.All) n = SourcesOf(g, snap, into, n, closed);
        return n;
    }

    public static int Targets(RoadGraph g, SnapResult s, Span<Seed> into, bool[]? closed)
    {
        var n = 0;
        foreach (var snap in s.All) n = TargetsOf(g, snap, into, n, closed);
        return n;
    }

    private static int SourcesOf(RoadGraph g, SnapResult s, Span<Seed> into, int n, bool[]? closed)
    {
        var at = AtVertex(g, s);
        if (at >= 0) return Add(into, n, new Seed(at, 0, 0, -1));
        foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[s.Segment], g.SegmentBackward[s.Segment]])
        {
            if (!Open(e, closed)) continue;
            var t = Along(g, e, s.Fraction);
            n = Add(into, n, new Seed(g.EdgeTo[e], g.EdgeTicks[e] - Ticks(g, e, t), (1 - t) * g.EdgeMeters[e], e));
        }
        return n;
    }

    private static int TargetsOf(RoadGraph g, SnapResult s, Span<Seed> into, int n, bool[]? closed)
    {
        var at = AtVertex(g, s);
        if (at >= 0) return Add(into, n, new Seed(at, 0, 0, -1));
        foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[s.Segment], g.SegmentBackward[s.Segment]])
        {
            if (!Open(e, closed)) continue;
            var t = Along(g, e, s.Fraction);
            n = Add(into, n, new Seed(g.EdgeFrom[e], Ticks(g, e, t), t * g.EdgeMeters[e], e));
        }
        return n;
    }

    /// <summary>Keeps one seed per vertex, the cheapest: searches then never see a vertex seeded twice.</summary>
    private static int Add(Span<Seed> into, int n, Seed seed)
    {
        for (var i = 0; i < n; i++)
        {
            if (into[i].Vertex != seed.Vertex) continue;
            if (seed.Ticks < into[i].Ticks) into[i] = seed;
            return n;
        }
        into[n] = seed;
        return n + 1;
    }

    /// <summary>Both points on one segment with the target ahead: drive straight along it without visiting a vertex.</summary>
    public static TravelTime Direct(RoadGraph g, SnapResult from, SnapResult to, bool[]? closed, out int edge)
    {
        edge = -1;
        var best = TravelTime.Unreachable;
        foreach (var a in from.All)
            foreach (var b in to.All)
            {
                if (a.Segment != b.Segment) continue;
                foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[a.Segment], g.SegmentBackward[a.Segment]])
                {
                    if (!Open(e, closed)) continue;
                    double ts = Along(g, e, a.Fraction), tt = Along(g, e, b.Fraction);
                    if (ts > tt) continue;
                    var ticks = Ticks(g, e, tt) - Ticks(g, e, ts);
                    if (best.IsReached && best.Ticks <= ticks) continue;
                    best = new TravelTime(TravelStatus.Reached, ticks, (tt - ts) * g.EdgeMeters[e]);
                    edge = e;
                }
            }
        return best;
    }

    public static bool Better(TravelTime candidate, TravelTime current) =>
        candidate.IsReached && (!current.IsReached || candidate.Ticks < current.Ticks);
}
