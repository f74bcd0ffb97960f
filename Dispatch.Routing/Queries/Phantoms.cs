using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// Turns a point snapped part-way along a segment into search seeds. Partial costs are rounded once, the same way
/// for every engine, so that fast and plain searches add up to exactly the same milliseconds.
/// </summary>
internal static class Phantoms
{
    /// <summary>Position along edge <paramref name="e"/> in its own driving direction, 0..1.</summary>
    private static double Along(RoadGraph g, int e, double segmentFraction) => g.IsForward(e) ? segmentFraction : 1 - segmentFraction;

    private static int Millis(RoadGraph g, int e, double t) => (int)Math.Round(t * g.EdgeMillis[e], MidpointRounding.AwayFromZero);

    private static bool Open(int e, bool[]? closed) => e >= 0 && (closed is null || !closed[e]);

    public static int Sources(RoadGraph g, SnapResult s, Span<Seed> into, bool[]? closed)
    {
        var n = 0;
        foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[s.Segment], g.SegmentBackward[s.Segment]])
        {
            if (!Open(e, closed)) continue;
            var t = Along(g, e, s.Fraction);
            into[n++] = new Seed(g.EdgeTo[e], g.EdgeMillis[e] - Millis(g, e, t), (1 - t) * g.EdgeMeters[e], e);
        }
        return n;
    }

    public static int Targets(RoadGraph g, SnapResult s, Span<Seed> into, bool[]? closed)
    {
        var n = 0;
        foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[s.Segment], g.SegmentBackward[s.Segment]])
        {
            if (!Open(e, closed)) continue;
            var t = Along(g, e, s.Fraction);
            into[n++] = new Seed(g.EdgeFrom[e], Millis(g, e, t), t * g.EdgeMeters[e], e);
        }
        return n;
    }

    /// <summary>Both points on one segment with the target ahead: drive straight along it without visiting a vertex.</summary>
    public static TravelTime Direct(RoadGraph g, SnapResult from, SnapResult to, bool[]? closed, out int edge)
    {
        edge = -1;
        var best = TravelTime.Unreachable;
        if (from.Segment != to.Segment) return best;
        foreach (var e in (ReadOnlySpan<int>)[g.SegmentForward[from.Segment], g.SegmentBackward[from.Segment]])
        {
            if (!Open(e, closed)) continue;
            double ts = Along(g, e, from.Fraction), tt = Along(g, e, to.Fraction);
            if (ts > tt) continue;
            var millis = Millis(g, e, tt) - Millis(g, e, ts);
            if (best.IsReached && best.Millis <= millis) continue;
            best = new TravelTime(TravelStatus.Reached, millis, (tt - ts) * g.EdgeMeters[e]);
            edge = e;
        }
        return best;
    }

    public static bool Better(TravelTime candidate, TravelTime current) =>
        candidate.IsReached && (!current.IsReached || candidate.Millis < current.Millis);
}
