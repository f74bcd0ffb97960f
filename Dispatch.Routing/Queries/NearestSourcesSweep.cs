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
internal static class NearestSourcesSweep
{
    private static readonly ConditionalWeakTable<ContractionHierarchy, int[]> Orders = new();

    /// <summary>Vertices from the highest rank down, worked out once per hierarchy.</summary>
    private static int[] TopDown(ContractionHierarchy ch) => Orders.GetValue(ch, h =>
    {
        var order = new int[h.VertexCount];
        for (var v = 0; v < order.Length; v++) order[order.Length - 1 - h.Rank[v]] = v;
        return order;
    });

    [ThreadStatic] private static UpwardSearch? _search;

    public static NearestSources Run(RoadGraph g, ContractionHierarchy ch, SnapResult?[] sources, bool[]? closed, Deadline deadline)
    {
        var n = g.VertexCount;
        var d1 = new int[n]; var s1 = new int[n]; var d2 = new int[n]; var s2 = new int[n];
        Array.Fill(d1, int.MaxValue); Array.Fill(d2, int.MaxValue);
        Array.Fill(s1, -1); Array.Fill(s2, -1);
        var search = _search ??= new UpwardSearch(n);
        if (search.VertexCount != n) search = _search = new UpwardSearch(n);
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var approximate = false;
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is not { } snap) continue;
            if ((i & 15) == 15 && deadline.Expired) { approximate = true; break; }
            var k = Phantoms.Sources(g, snap, seeds, closed);
            search.Run(ch, forward: true, seeds[..k]);
            foreach (var v in search.Settled) Offer(v, search.Dist(v), i, d1, s1, d2, s2);
        }
        var order = TopDown(ch);
        var (start, tail, millis) = (ch.DownStart, ch.DownTail, ch.DownMillis);
        foreach (var v in order)
        {
            for (var a = start[v]; a < start[v + 1]; a++)
            {
                var u = tail[a];
                if (s1[u] < 0) continue;
                Offer(v, d1[u] + millis[a], s1[u], d1, s1, d2, s2);
                if (s2[u] >= 0) Offer(v, d2[u] + millis[a], s2[u], d1, s1, d2, s2);
            }
        }
        return new NearestSources(g, sources, closed, d1, s1, d2, s2, approximate);
    }

    /// <summary>Keeps the two best labels from different sources; equal times go to the lower source index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(int v, int millis, int source, int[] d1, int[] s1, int[] d2, int[] s2)
    {
        if (source == s1[v]) { if (millis < d1[v]) d1[v] = millis; return; }
        if (millis < d1[v] || (millis == d1[v] && source < s1[v]))
        {
            d2[v] = d1[v]; s2[v] = s1[v];
            d1[v] = millis; s1[v] = source;
            return;
        }
        if (source == s2[v]) { if (millis < d2[v]) d2[v] = millis; return; }
        if (millis < d2[v] || (millis == d2[v] && source < s2[v])) { d2[v] = millis; s2[v] = source; }
    }
}
