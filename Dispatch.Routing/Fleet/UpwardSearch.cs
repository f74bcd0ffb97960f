using Dispatch.Routing.Contraction;
using Dispatch.Routing.Queries;

namespace Dispatch.Routing.Fleet;

/// <summary>
/// A complete upward search on the hierarchy from one snapped point, with stall-on-demand, keeping milliseconds and
/// metres along the chosen labels. <see cref="Settled"/> lists the vertices that were settled and not stalled: only
/// those can be the top of a shortest up-down path, so only those carry bucket entries or are scanned against them.
/// One instance per thread; not thread-safe.
/// </summary>
internal sealed class UpwardSearch(int vertexCount)
{
    private readonly int[] _dist = new int[vertexCount], _stamp = new int[vertexCount], _done = new int[vertexCount];
    private readonly double[] _meters = new double[vertexCount];
    private readonly MinHeap _heap = new();
    private int[] _settled = new int[256];
    private int _round;

    public int SettledCount { get; private set; }
    public ReadOnlySpan<int> Settled => _settled.AsSpan(0, SettledCount);
    public int Dist(int v) => _dist[v];
    public double Meters(int v) => _meters[v];

    /// <param name="forward">
    /// True from an origin (climb v→w arcs, as a vehicle drives away); false towards a destination (climb against
    /// u→v arcs, as the patient is reached).
    /// </param>
    public void Run(ContractionHierarchy ch, bool forward, ReadOnlySpan<Seed> seeds)
    {
        _round++;
        _heap.Clear();
        SettledCount = 0;
        foreach (var x in seeds) Offer(x.Vertex, x.Millis, x.Meters);
        var (start, other, millis, ids) = forward ? (ch.UpStart, ch.UpHead, ch.UpMillis, ch.UpEdge) : (ch.DownStart, ch.DownTail, ch.DownMillis, ch.DownEdge);
        var (sStart, sOther, sMillis) = forward ? (ch.DownStart, ch.DownTail, ch.DownMillis) : (ch.UpStart, ch.UpHead, ch.UpMillis);
        var edgeMeters = ch.EdgeMeters;
        while (_heap.TryPop(out var v, out var d))
        {
            if (d != _dist[v] || _done[v] == _round) continue; // a stale heap copy
            // Stall-on-demand: a higher vertex that already reaches v more cheaply means v's label is not exact.
            var stalled = false;
            for (var i = sStart[v]; i < sStart[v + 1]; i++)
            {
                var u = sOther[i];
                if (_stamp[u] == _round && _dist[u] + sMillis[i] < d) { stalled = true; break; }
            }
            _done[v] = _round;
            if (stalled) continue;
            if (SettledCount == _settled.Length) Array.Resize(ref _settled, SettledCount * 2);
            _settled[SettledCount++] = v;
            var m = _meters[v];
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var w = other[i];
                var nd = d + millis[i];
                if (_stamp[w] == _round && _dist[w] <= nd) continue;
                _stamp[w] = _round; _dist[w] = nd; _meters[w] = m + edgeMeters[ids[i]];
                _heap.Push(w, nd);
            }
        }
    }

    private void Offer(int v, int dist, double meters)
    {
        if (_stamp[v] == _round && _dist[v] <= dist) return;
        _stamp[v] = _round; _dist[v] = dist; _meters[v] = meters;
        _heap.Push(v, dist);
    }
}
