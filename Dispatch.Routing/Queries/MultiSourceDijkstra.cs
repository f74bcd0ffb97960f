using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// One Dijkstra from all sources at once that keeps, per vertex, the best two labels from two different sources.
/// A vertex is settled at most twice, once per label. Propagating only each vertex's two best labels is enough:
/// if source s reaches v through u but is not among u's two best, then u's two best are both cheaper and at least
/// one of them is a different source from v's best, so v's second-best time is still found.
/// Simple and exact, the reference the fast sweep is checked against.
/// </summary>
internal static class MultiSourceDijkstra
{
    public static NearestSources Run(RoadGraph g, SnapResult?[] sources, bool[]? closed, Deadline deadline)
    {
        var n = g.VertexCount;
        var d1 = new int[n]; var s1 = new int[n]; var d2 = new int[n]; var s2 = new int[n];
        Array.Fill(d1, int.MaxValue); Array.Fill(d2, int.MaxValue);
        Array.Fill(s1, -1); Array.Fill(s2, -1);
        var done1 = new bool[n]; var done2 = new bool[n];
        var queue = new PriorityQueue<(int vertex, int source), (int ticks, int source)>();

        void Offer(int v, int ticks, int source)
        {
            // Once the second label is final both are: the first is no larger, and later offers are no smaller.
            if (done2[v]) return;
            if (source == s1[v])
            {
                if (ticks >= d1[v]) return;
                d1[v] = ticks;
            }
            else if (ticks < d1[v] || (ticks == d1[v] && !done1[v] && source < s1[v]))
            {
                // The old best becomes the second-best, unless it was this same source's (handled above).
                d2[v] = d1[v]; s2[v] = s1[v];
                d1[v] = ticks; s1[v] = source;
            }
            else if (source == s2[v])
            {
                if (ticks >= d2[v]) return;
                d2[v] = ticks;
            }
            else if (ticks < d2[v] || (ticks == d2[v] && !done2[v] && source < s2[v]))
            {
                d2[v] = ticks; s2[v] = source;
            }
            else return;
            queue.Enqueue((v, source), (ticks, source));
        }

        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is not { } snap) continue;
            var k = Phantoms.Sources(g, snap, seeds, closed);
            foreach (var x in seeds[..k]) Offer(x.Vertex, x.Ticks, i);
        }

        var approximate = false;
        var pops = 0;
        while (queue.TryDequeue(out var item, out var key))
        {
            if ((++pops & 1023) == 0 && deadline.Expired) { approximate = true; break; }
            var (v, source) = item;
            var ticks = key.ticks;
            if (source == s1[v] && ticks == d1[v] && !done1[v]) done1[v] = true;
            else if (source == s2[v] && ticks == d2[v] && !done2[v]) done2[v] = true;
            else continue;
            for (var i = g.OutStart[v]; i < g.OutStart[v + 1]; i++)
            {
                var e = g.OutEdges[i];
                if (closed is not null && closed[e]) continue;
                Offer(g.EdgeTo[e], ticks + g.EdgeTicks[e], source);
            }
        }
        return new NearestSources(g, sources, closed, d1, s1, d2, s2, approximate);
    }
}
