using System.Runtime.CompilerServices;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// PHAST with two labels: one upward search on the hierarchy from all sources at once, where each vertex keeps its two
/// best labels from different sources, then one pass over all vertices from the highest rank down, where each vertex
/// takes the two best among its own and its higher neighbours' (plus the arc). As in the plain two-label Dijkstra,
/// keeping each vertex's two best is enough for the second-best from another source to be exact: a source that is not
/// among a vertex's two best is beaten by two others on every path through it. Every label is the length of a real
/// path, so labels that are not tight (no stalling here) only lose to the tight ones in the pass. Answers what
/// <see cref="MultiSourceDijkstra"/> answers, with one search over the union of the sources' search spaces instead of
/// one search per source.
/// </summary>
/// <remarks>
/// The pass runs over a copy of the downward arcs renumbered by rank, with the four labels of a vertex side by side:
/// the vertices are visited in memory order and the higher neighbours they read sit close to the top of the arrays,
/// which keeps the pass in cache instead of jumping across the graph for every arc.
/// </remarks>
internal static class NearestSourcesSweep
{
    private static readonly ConditionalWeakTable<ContractionHierarchy, SweepLayout> Layouts = new();

    [ThreadStatic] private static Label[]? _labels;
    [ThreadStatic] private static LabelHeap? _heap;

    public static NearestSources Run(RoadGraph g, ContractionHierarchy ch, SnapResult?[] sources, bool[]? closed, Deadline deadline)
    {
        var n = g.VertexCount;
        var layout = Layouts.GetValue(ch, SweepLayout.Of);
        var labels = _labels is { } l && l.Length == n ? l : _labels = new Label[n];
        labels.AsSpan().Fill(Label.None);
        var heap = _heap ??= new LabelHeap();
        heap.Clear();
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var approximate = false;
        var position = layout.Position;
        for (var i = 0; i < sources.Length; i++)
        {
            if (sources[i] is not { } snap) continue;
            var k = Phantoms.Sources(g, snap, seeds, closed);
            foreach (var x in seeds[..k])
                if (Offer(ref labels[position[x.Vertex]], x.Ticks, i)) heap.Push(x.Ticks, x.Vertex, i);
        }
        var (upStart, upHead, upTicks) = (ch.UpStart, ch.UpHead, ch.UpTicks);
        var popped = 0;
        while (heap.TryPop(out var d, out var v, out var source))
        {
            if ((popped++ & 1023) == 0 && deadline.Expired) { approximate = true; break; }
            ref readonly var lv = ref labels[position[v]];
            if (!((lv.S1 == source && lv.D1 == d) || (lv.S2 == source && lv.D2 == d))) continue; // a stale heap copy
            for (var a = upStart[v]; a < upStart[v + 1]; a++)
            {
                var w = upHead[a];
                var nd = d + upTicks[a];
                if (Offer(ref labels[position[w]], nd, source)) heap.Push(nd, w, source);
            }
        }

        var (start, tail, ticks) = (layout.Start, layout.TailPosition, layout.Ticks);
        for (var p = 0; p < n; p++)
        {
            ref var mine = ref labels[p];
            for (var a = start[p]; a < start[p + 1]; a++)
            {
                ref readonly var higher = ref labels[tail[a]];
                if (higher.S1 < 0) continue;
                Offer(ref mine, higher.D1 + ticks[a], higher.S1);
                if (higher.S2 >= 0) Offer(ref mine, higher.D2 + ticks[a], higher.S2);
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
    /// <returns>true when the source now holds one of the two labels with this time (it improved or entered).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Offer(ref Label x, int ticks, int source)
    {
        if (source == x.S1)
        {
            if (ticks >= x.D1) return false;
            x.D1 = ticks;
            return true;
        }
        if (ticks < x.D1 || (ticks == x.D1 && source < x.S1))
        {
            // The old best becomes the second; a second label of this same source is thereby replaced.
            x.D2 = x.D1; x.S2 = x.S1;
            x.D1 = ticks; x.S1 = source;
            return true;
        }
        if (source == x.S2)
        {
            if (ticks >= x.D2) return false;
            x.D2 = ticks;
            return true;
        }
        if (ticks < x.D2 || (ticks == x.D2 && source < x.S2)) { x.D2 = ticks; x.S2 = source; return true; }
        return false;
    }

    /// <summary>Binary min-heap of (time, vertex, source) with lazy deletion, keeping its arrays between queries.</summary>
    private sealed class LabelHeap
    {
        private int[] _keys = new int[1024], _vertices = new int[1024], _sources = new int[1024];
        private int _count;

        public void Clear() => _count = 0;

        public void Push(int key, int vertex, int source)
        {
            if (_count == _keys.Length)
            {
                Array.Resize(ref _keys, _count * 2);
                Array.Resize(ref _vertices, _count * 2);
                Array.Resize(ref _sources, _count * 2);
            }
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (_keys[parent] <= key) break;
                _keys[i] = _keys[parent]; _vertices[i] = _vertices[parent]; _sources[i] = _sources[parent];
                i = parent;
            }
            _keys[i] = key; _vertices[i] = vertex; _sources[i] = source;
        }

        public bool TryPop(out int key, out int vertex, out int source)
        {
            if (_count == 0) { key = vertex = source = 0; return false; }
            key = _keys[0]; vertex = _vertices[0]; source = _sources[0];
            var n = --_count;
            if (n == 0) return true;
            int lastKey = _keys[n], lastVertex = _vertices[n], lastSource = _sources[n];
            var i = 0;
            while (true)
            {
                var child = 2 * i + 1;
                if (child >= n) break;
                if (child + 1 < n && _keys[child + 1] < _keys[child]) child++;
                if (_keys[child] >= lastKey) break;
                _keys[i] = _keys[child]; _vertices[i] = _vertices[child]; _sources[i] = _sources[child];
                i = child;
            }
            _keys[i] = lastKey; _vertices[i] = lastVertex; _sources[i] = lastSource;
            return true;
        }
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
        public required int[] Order, Position, Start, TailPosition, Ticks;

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
            var (downStart, downTail, downTicks) = (ch.DownStart, ch.DownTail, ch.DownTicks);
            var start = new int[n + 1];
            var tails = new int[downTail.Length];
            var ticks = new int[downTail.Length];
            var next = 0;
            for (var p = 0; p < n; p++)
            {
                start[p] = next;
                var v = order[p];
                for (var a = downStart[v]; a < downStart[v + 1]; a++)
                {
                    tails[next] = position[downTail[a]];
                    ticks[next] = downTicks[a];
                    next++;
                }
            }
            start[n] = next;
            return new SweepLayout { Order = order, Position = position, Start = start, TailPosition = tails, Ticks = ticks };
        }
    }
}
