using Dispatch.Routing.Contraction;

namespace Dispatch.Routing.Queries;

/// <summary>
/// Exact distances between the end of a finished full upward search and a few chosen vertices, by a memoised
/// depth-first walk over the hierarchy above each chosen vertex: a vertex's distance is the best of its own search
/// label and its higher neighbours' distances plus the arc. It visits the same vertices as a restricted rank sweep
/// but needs no selection pass, no sorting and no allocation, which matters when the chosen set changes every call
/// (vehicles move). One instance per scratch; not thread-safe.
/// </summary>
internal sealed class UpwardClosure(int vertexCount)
{
    private readonly int[] _dist = new int[vertexCount], _done = new int[vertexCount], _open = new int[vertexCount];
    private readonly double[] _meters = new double[vertexCount];
    private readonly Stack<int> _stack = new();
    private int _round;

    public void Begin() => _round++;

    /// <param name="up">
    /// True to walk v→w arcs to higher w (distances towards a searched destination); false to walk u→v arcs from
    /// higher u (distances from a searched origin).
    /// </param>
    /// <returns>Ticks, or int.MaxValue when the searched end cannot be reached.</returns>
    public int Resolve(ContractionHierarchy ch, bool up, int root, int[] labelDist, double[] labelMeters, int[] labelStamp, int labelRound, out double meters)
    {
        var (start, other, ticks, ids) = up ? (ch.UpStart, ch.UpHead, ch.UpTicks, ch.UpEdge) : (ch.DownStart, ch.DownTail, ch.DownTicks, ch.DownEdge);
        _stack.Push(root);
        while (_stack.Count > 0)
        {
            var v = _stack.Peek();
            if (_done[v] == _round) { _stack.Pop(); continue; }
            if (_open[v] != _round)
            {
                // First visit: resolve everything above v first (the arcs form a DAG, so this terminates).
                _open[v] = _round;
                for (var i = start[v]; i < start[v + 1]; i++)
                    if (_done[other[i]] != _round) _stack.Push(other[i]);
                continue;
            }
            _stack.Pop();
            int best; double bestMeters;
            if (labelStamp[v] == labelRound) { best = labelDist[v]; bestMeters = labelMeters[v]; }
            else { best = int.MaxValue; bestMeters = 0; }
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var d = _dist[other[i]];
                if (d == int.MaxValue) continue;
                var c = d + ticks[i];
                if (c < best) { best = c; bestMeters = _meters[other[i]] + ch.EdgeMeters[ids[i]]; }
            }
            _dist[v] = best; _meters[v] = bestMeters; _done[v] = _round;
        }
        meters = _meters[root];
        return _dist[root];
    }
}
