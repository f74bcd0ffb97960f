using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// For every vertex of the road graph: the travel time from the nearest of K sources (for example the available
/// vehicles) and which source that is, and the same for the nearest <em>other</em> source, so that the effect of
/// taking one source away can be read off without a new search. Sources are indices into the list the caller gave.
/// </summary>
public sealed class NearestSources
{
    private readonly RoadGraph _g;
    private readonly int[] _firstMillis, _firstSource, _secondMillis, _secondSource;
    private readonly SnapResult?[] _sourceSnaps;
    private readonly bool[]? _closed;
    /// <summary>For the rare target on the same road segment as a source: which sources sit on each such segment.</summary>
    private readonly Dictionary<int, List<int>> _sourcesOnSegment = [];

    internal NearestSources(RoadGraph graph, SnapResult?[] sourceSnaps, bool[]? closed,
        int[] firstMillis, int[] firstSource, int[] secondMillis, int[] secondSource, bool approximate)
    {
        _g = graph;
        _sourceSnaps = sourceSnaps;
        _closed = closed;
        _firstMillis = firstMillis; _firstSource = firstSource;
        _secondMillis = secondMillis; _secondSource = secondSource;
        Approximate = approximate;
        for (var i = 0; i < sourceSnaps.Length; i++)
        {
            if (sourceSnaps[i] is not { } snap) continue;
            foreach (var s in snap.All)
            {
                if (!_sourcesOnSegment.TryGetValue(s.Segment, out var list)) _sourcesOnSegment[s.Segment] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
    }

    public int VertexCount => _firstMillis.Length;
    public int SourceCount => _sourceSnaps.Length;
    /// <summary>True if the deadline cut the work short: some answers may then be too large or missing.</summary>
    public bool Approximate { get; }

    /// <summary>Whether source <paramref name="source"/> could be placed on a road (an unsnappable one is never named).</summary>
    public bool IsSnapped(int source) => _sourceSnaps[source] is not null;

    /// <summary>Milliseconds from the nearest source, or int.MaxValue when no source reaches the vertex.</summary>
    public int FirstMillis(int vertex) => _firstMillis[vertex];
    /// <summary>Index of the nearest source, or -1.</summary>
    public int FirstSource(int vertex) => _firstSource[vertex];
    /// <summary>Milliseconds from the nearest source other than <see cref="FirstSource"/>, or int.MaxValue.</summary>
    public int SecondMillis(int vertex) => _secondMillis[vertex];
    /// <summary>Index of the nearest source other than <see cref="FirstSource"/>, or -1.</summary>
    public int SecondSource(int vertex) => _secondSource[vertex];

    /// <summary>The nearest source of a point on a road, counting the partial road from the vertex before it.</summary>
    public (int Millis, int Source) First(SnapResult target) => Best(target).first;

    /// <summary>The nearest source other than <see cref="First(SnapResult)"/>'s.</summary>
    public (int Millis, int Source) Second(SnapResult target) => Best(target).second;

    private ((int Millis, int Source) first, (int Millis, int Source) second) Best(SnapResult target)
    {
        (int Millis, int Source) first = (int.MaxValue, -1), second = (int.MaxValue, -1);
        void Offer(long millis, int source)
        {
            if (source < 0 || millis >= int.MaxValue) return;
            var m = (int)millis;
            if (source == first.Source) { if (m < first.Millis) first.Millis = m; return; }
            if (m < first.Millis || (m == first.Millis && source < first.Source))
            {
                second = first;
                first = (m, source);
                return;
            }
            if (source == second.Source) { if (m < second.Millis) second.Millis = m; return; }
            if (m < second.Millis || (m == second.Millis && source < second.Source)) second = (m, source);
        }

        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var n = Phantoms.Targets(_g, target, seeds, _closed);
        foreach (var x in seeds[..n])
        {
            if (_firstSource[x.Vertex] >= 0) Offer((long)_firstMillis[x.Vertex] + x.Millis, _firstSource[x.Vertex]);
            if (_secondSource[x.Vertex] >= 0) Offer((long)_secondMillis[x.Vertex] + x.Millis, _secondSource[x.Vertex]);
        }
        foreach (var t in target.All)
            if (_sourcesOnSegment.TryGetValue(t.Segment, out var onSegment))
                foreach (var i in onSegment)
                {
                    var direct = Phantoms.Direct(_g, _sourceSnaps[i]!, target, _closed, out _);
                    if (direct.IsReached) Offer(direct.Millis, i);
                }
        // First is settled by then; Offer can leave second equal to first's source only if nothing else came.
        if (second.Source == first.Source) second = (int.MaxValue, -1);
        return (first, second);
    }
}
