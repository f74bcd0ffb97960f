using System.Runtime.CompilerServices;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// PHAST with two labels: an upward search on the hierarchy from each source, then one pass over all vertices from
/// the highest rank down, where each vertex takes the two best labels from different sources among its own and its
/// higher neighbours' (plus the arc). As in the plain two-label Dijkstra, keeping each vertex's two best is enough
/// for the second-best from another source to be exact. Answers what <see cref="MultiSourceDijkstra"/> answers.
/// </summary>
/// <remarks>
/// The pass runs over a copy of the downward arcs renumbered by rank, with the four labels of a vertex side by side:
/// the vertices are visited in memory order and the higher neighbours they read sit close to the top of the arrays,
/// which keeps the pass in cache instead of jumping across the graph for every arc.
/// </remarks>
internal static class NearestSourcesSweep
{
    private static readonly ConditionalWeakTable<ContractionHierarchy, SweepLayout> Layouts = new();

    [ThreadStatic] private static UpwardSearch? _search;
    [ThreadStatic] private static Label[]? _labels;

    public static NearestSources Run(RoadGraph g, ContractionHierarchy ch, SnapResult?[] sources, bool[]? closed, Deadline deadline)
    {
        var n = g.VertexCount;
        var layout = Layouts.GetValue(ch, SweepLayout.Of);
        var labels = _labels is { } l && l.Length == n ? l : _labels = new Label[n];
        labels.AsSpan().Fill(Label.None);
        var search = _search ??= new UpwardSearch(n);
        if (search.VertexCount != n) search = _search = new UpwardSearch(n);
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var approximate = false;
        var position = layout.Position;
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is not { } snap) continue;
            if ((i & 15) == 15 && deadline.Expired) { approximate = true; break; }
            var k = Phantoms.Sources(g, snap, seeds, closed);
            search.Run(ch, forward: true, seeds[..k]);
            foreach (var v in search.Settled) Offer(ref labels[position[v]], search.Dist(v), i);
        }

        var (start, tail, millis) = (layout.Start, layout.TailPosition, layout.Millis);
        for (var p = 0; p < n; p++)
        {
            ref var mine = ref labels[p];
            for (var a = start[p]; a < start[p + 1]; a++)
            {
                ref readonly var higher = ref labels[tail[a]];
                if (higher.S1 < 0) continue;
                Offer(ref mine, higher.D1 + millis[a], higher.S1);
                if (higher.S2 >= 0) Offer(ref mine, higher.D2 + millis[a], higher.S2);
            }
        }

        var d1 = new int[n]; var s1 = new int[n]; var d2 = new int[n]; var s2 = new int[n];
        var order = layout.Order;
        for (var p = 0; p < n; p++)
        {
            var v = order[p];
            ref readonly var x = ref labels[p];
            d1[v] = x.D1; s1[v] = x.S1; d2[v] = x.D2; s2[v] = x.S2;
        }
        return new NearestSources(g, sources, closed, d1, s1, d2, s2, approximate);
    }

    /// <summary>Keeps the two best labels from different sources; equal times go to the lower source index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(ref Label x, int millis, int source)
    {
        if (source == x.S1) { if (millis < x.D1) x.D1 = millis; return; }
        if (millis < x.D1 || (millis == x.D1 && source < x.S1))
        {
            x.D2 = x.D1; x.S2 = x.S1;
            x.D1 = millis; x.S1 = source;
            return;
        }
        if (source == x.S2) { if (millis < x.D2) x.D2 = millis; return; }
        if (millis < x.D2 || (millis == x.D2 && source < x.S2)) { x.D2 = millis; x.S2 = source; }
    }

    private struct Label
    {
        public int D1, S1, D2, S2;
        public static readonly Label None = new() { D1 = int.MaxValue, S1 = -1, D2 = int.MaxValue, S2 = -1 };
    }

    /// <summary>
    /// The downward arcs by position in the top-down order: arcs into the vertex at position p are
    /// [Start[p], Start[p+1]), each naming the position of its higher tail. Built once per hierarchy (a customised
    /// hierarchy is a new instance, so its weights are never stale here).
    /// </summary>
    private sealed class SweepLayout
    {
        public required int[] Order, Position, Start, TailPosition, Millis;

        public static SweepLayout Of(ContractionHierarchy ch)
        {
            var n = ch.VertexCount;
            var order = new int[n];
            var position = new int[n];
            for (var v = 0; v < n; v++)
            {
                var p = n - 1 - ch.Rank[v];
                order[p] = v;
                position[v] = p;
            }
            var (downStart, downTail, downMillis) = (ch.DownStart, ch.DownTail, ch.DownMillis);
            var start = new int[n + 1];
            var tails = new int[downTail.Length];
            var millis = new int[downTail.Length];
            var next = 0;
            for (var p = 0; p < n; p++)
            {
                start[p] = next;
                var v = order[p];
                for (var a = downStart[v]; a < downStart[v + 1]; a++)
                {
                    tails[next] = position[downTail[a]];
                    millis[next] = downMillis[a];
                    next++;
                }
            }
            start[n] = next;
            return new SweepLayout { Order = order, Position = position, Start = start, TailPosition = tails, Millis = millis };
        }
    }
}
