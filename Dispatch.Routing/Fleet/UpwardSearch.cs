using Dispatch.Routing.Contraction;
using Dispatch.Routing.Queries;

namespace Dispatch.Routing.Fleet;

/// <summary>
/// A complete upward search on the hierarchy from one snapped point, with stall-on-demand, keeping ticks and
/// metres along the chosen labels. <see cref="Settled"/> lists the vertices that were settled and not stalled: only
/// those can be the top of a shortest up-down path, so only those carry bucket entries or are scanned against them.
/// One instance per thread; not thread-safe.
/// </summary>
internal sealed class UpwardSearch(int vertexCount)
{
    /// <summary>One vertex's label in one struct, so a relaxation touches one cache line rather than four arrays.</summary>
    private struct Label
    {
        /// <summary>2 × round when labelled in this round, 2 × round + 1 once settled; older values mean unlabelled.</summary>
        public int Stamp;
        public int Dist;
        public double Meters;
    }

    private readonly Label[] _labels = new Label[vertexCount];
    private readonly MinHeap _heap = new();
    private int[] _settled = new int[256];
    private int _labelled;

    public int VertexCount => _labels.Length;
    public int SettledCount { get; private set; }
    public ReadOnlySpan<int> Settled => _settled.AsSpan(0, SettledCount);
    public int Dist(int v) => _labels[v].Dist;
    public double Meters(int v) => _labels[v].Meters;

    /// <param name="forward">
    /// True from an origin (climb v→w arcs, as a vehicle drives away); false towards a destination (climb against
    /// u→v arcs, as the patient is reached).
    /// </param>
    public void Run(ContractionHierarchy ch, bool forward, ReadOnlySpan<Seed> seeds)
    {
        if (_labelled >= int.MaxValue - 2) { Array.Clear(_labels); _labelled = 0; }
        _labelled += 2;
        var labelled = _labelled;
        var settledStamp = labelled + 1;
        _heap.Clear();
        SettledCount = 0;
        var labels = _labels;
        foreach (var x in seeds)
        {
            ref var l = ref labels[x.Vertex];
            if (l.Stamp == labelled && l.Dist <= x.Ticks) continue;
            l.Stamp = labelled; l.Dist = x.Ticks; l.Meters = x.Meters;
            _heap.Push(x.Vertex, x.Ticks);
        }
        var (start, other, ticks, ids) = forward ? (ch.UpStart, ch.UpHead, ch.UpTicks, ch.UpEdge) : (ch.DownStart, ch.DownTail, ch.DownTicks, ch.DownEdge);
        var (sStart, sOther, sTicks) = forward ? (ch.DownStart, ch.DownTail, ch.DownTicks) : (ch.UpStart, ch.UpHead, ch.UpTicks);
        var edgeMeters = ch.EdgeMeters;
        while (_heap.TryPop(out var v, out var d))
        {
            ref var lv = ref labels[v];
            if (lv.Stamp != labelled || d != lv.Dist) continue; // settled already, or a stale heap copy
            lv.Stamp = settledStamp;
            // Stall-on-demand: a higher vertex that already reaches v more cheaply means v's label is not exact.
            var stalled = false;
            for (var i = sStart[v]; i < sStart[v + 1]; i++)
            {
                ref var lu = ref labels[sOther[i]];
                if (lu.Stamp >= labelled && lu.Dist + sTicks[i] < d) { stalled = true; break; }
            }
            if (stalled) continue;
            if (SettledCount == _settled.Length) Array.Resize(ref _settled, SettledCount * 2);
            _settled[SettledCount++] = v;
            var m = lv.Meters;
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var w = other[i];
                var nd = d + ticks[i];
                ref var lw = ref labels[w];
                if (lw.Stamp >= labelled && lw.Dist <= nd) continue;
                lw.Stamp = labelled; lw.Dist = nd; lw.Meters = m + edgeMeters[ids[i]];
                _heap.Push(w, nd);
            }
        }
    }
}
