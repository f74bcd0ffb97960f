using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Queries;

/// <summary>
/// One pass over all vertices from highest to lowest rank (the PHAST idea): after a full upward search from one
/// end, each vertex takes the best of its own label and its higher neighbours' final values, which yields the
/// exact distance between that end and every vertex. Arrays are laid out in sweep order for cache-friendly scans.
/// </summary>
internal sealed class RankSweep
{
    private readonly int[] _vertexAt, _positionOf;
    private readonly int[] _start, _from, _ticks;
    private readonly double[] _meters;

    /// <param name="upward">
    /// True for distances towards the searched end (scan v→w arcs to higher w); false for distances from it
    /// (scan u→v arcs from higher u).
    /// </param>
    public RankSweep(RoadGraph g, ContractionHierarchy ch, bool upward)
    {
        var n = g.VertexCount;
        _vertexAt = Enumerable.Range(0, n).OrderByDescending(v => ch.Rank[v]).ToArray();
        _positionOf = new int[n];
        for (var p = 0; p < n; p++) _positionOf[_vertexAt[p]] = p;
        var (start, other, edge) = upward ? (ch.UpStart, ch.UpHead, ch.UpEdge) : (ch.DownStart, ch.DownTail, ch.DownEdge);
        _start = new int[n + 1];
        var from = new List<int>(); var ticks = new List<int>(); var meters = new List<double>();
        for (var p = 0; p < n; p++)
        {
            var v = _vertexAt[p];
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                from.Add(_positionOf[other[i]]);
                ticks.Add(ch.EdgeTicks[edge[i]]);
                meters.Add(ch.EdgeMeters[edge[i]]);
            }
            _start[p + 1] = from.Count;
        }
        _from = [.. from]; _ticks = [.. ticks]; _meters = [.. meters];
    }

    public int Position(int vertex) => _positionOf[vertex];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<EndsKey, int[]> _selections = new();
    private const int SelectionCacheLimit = 64;
    /// <summary>Larger end sets are vehicle fleets, which move between calls: caching them would only churn.</summary>
    public const int CachedEndsLimit = 128;

    private readonly record struct EndsKey(int[] Ends)
    {
        public bool Equals(EndsKey other) => Ends.AsSpan().SequenceEqual(other.Ends);
        public override int GetHashCode()
        {
            var h = new HashCode();
            foreach (var e in Ends) h.Add(e);
            return h.ToHashCode();
        }
    }

    /// <summary>
    /// The positions a restricted sweep must visit to finish at <paramref name="ends"/>: the ends and every vertex
    /// above them along sweep arcs, in sweep order. Cached, because hospital sets repeat from query to query.
    /// </summary>
    public int[] Selection(IEnumerable<int> endVertices)
    {
        var ends = endVertices.Select(v => _positionOf[v]).Distinct().Order().ToArray();
        var key = new EndsKey(ends);
        var cacheable = ends.Length <= CachedEndsLimit;
        if (cacheable && _selections.TryGetValue(key, out var cached)) return cached;
        // A bitmap over sweep positions both deduplicates and yields the selection already in sweep order.
        var bits = new ulong[(_vertexAt.Length + 63) >> 6];
        var stack = new Stack<int>(ends.Length * 4);
        foreach (var p in ends) { bits[p >> 6] |= 1UL << p; stack.Push(p); }
        var count = ends.Length;
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            for (var i = _start[p]; i < _start[p + 1]; i++)
            {
                var q = _from[i];
                var mask = 1UL << q;
                if ((bits[q >> 6] & mask) != 0) continue;
                bits[q >> 6] |= mask; count++;
                stack.Push(q);
            }
        }
        var selection = new int[count];
        var k = 0;
        for (var w = 0; w < bits.Length; w++)
            for (var word = bits[w]; word != 0; word &= word - 1)
                selection[k++] = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(word);
        if (!cacheable) return selection;
        if (_selections.Count >= SelectionCacheLimit) _selections.Clear();
        _selections[key] = selection;
        return selection;
    }

    /// <summary>Like <see cref="Run"/> but only over <paramref name="selection"/> (from <see cref="Selection"/>).</summary>
    public void Run(int[] selection, int[] labelDist, double[] labelMeters, int[] labelStamp, int round, int[] dist, double[] meters)
    {
        foreach (var p in selection)
        {
            var v = _vertexAt[p];
            int best; double bestMeters;
            if (labelStamp[v] == round) { best = labelDist[v]; bestMeters = labelMeters[v]; }
            else { best = int.MaxValue; bestMeters = 0; }
            for (var i = _start[p]; i < _start[p + 1]; i++)
            {
                var d = dist[_from[i]];
                if (d == int.MaxValue) continue;
                var c = d + _ticks[i];
                if (c < best) { best = c; bestMeters = meters[_from[i]] + _meters[i]; }
            }
            dist[p] = best; meters[p] = bestMeters;
        }
    }

    /// <summary>Fills dist/meters (indexed by sweep position) from a finished search's labels; int.MaxValue = unreachable.</summary>
    public void Run(int[] labelDist, double[] labelMeters, int[] labelStamp, int round, int[] dist, double[] meters)
    {
        var n = _vertexAt.Length;
        for (var p = 0; p < n; p++)
        {
            var v = _vertexAt[p];
            int best; double bestMeters;
            if (labelStamp[v] == round) { best = labelDist[v]; bestMeters = labelMeters[v]; }
            else { best = int.MaxValue; bestMeters = 0; }
            for (var i = _start[p]; i < _start[p + 1]; i++)
            {
                var d = dist[_from[i]];
                if (d == int.MaxValue) continue;
                var c = d + _ticks[i];
                if (c < best) { best = c; bestMeters = meters[_from[i]] + _meters[i]; }
            }
            dist[p] = best; meters[p] = bestMeters;
        }
    }
}
