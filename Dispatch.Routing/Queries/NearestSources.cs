using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// For every vertex of the road graph: the travel time from the nearest of K sources (for example the available
/// vehicles) and which source that is, and the same for the nearest <em>other</em> source, so that the effect of
/// taking one source away can be read off without a new search. Sources are indices into the list the caller gave.
/// Times are kept in whole <see cref="TravelTicks"/>; the <c>Millis</c> members round them to whole milliseconds.
/// </summary>
public sealed class NearestSources
{
    private readonly RoadGraph _g;
    private readonly int[] _firstTicks, _firstSource, _secondTicks, _secondSource;
    private readonly SnapResult?[] _sourceSnaps;
    private readonly bool[]? _closed;
    /// <summary>For the rare target on the same road segment as a source: which sources sit on each such segment.</summary>
    private readonly Dictionary<int, List<int>> _sourcesOnSegment = [];

    internal NearestSources(RoadGraph graph, SnapResult?[] sourceSnaps, bool[]? closed,
        int[] firstTicks, int[] firstSource, int[] secondTicks, int[] secondSource, bool approximate)
    {
        _g = graph;
        _sourceSnaps = sourceSnaps;
        _closed = closed;
        _firstTicks = firstTicks; _firstSource = firstSource;
        _secondTicks = secondTicks; _secondSource = secondSource;
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

    public int VertexCount => _firstTicks.Length;
    public int SourceCount => _sourceSnaps.Length;
    /// <summary>True if the deadline cut the work short: some answers may then be too large or missing.</summary>
    public bool Approximate { get; }

    /// <summary>Whether source <paramref name="source"/> could be placed on a road (an unsnappable one is never named).</summary>
    public bool IsSnapped(int source) => _sourceSnaps[source] is not null;

    /// <summary>Milliseconds from the nearest source, or int.MaxValue when no source reaches the vertex.</summary>
    public int FirstMillis(int vertex) => TravelTicks.ToMillis(_firstTicks[vertex]);
    /// <summary>Ticks from the nearest source, or int.MaxValue when no source reaches the vertex.</summary>
    public int FirstTicks(int vertex) => _firstTicks[vertex];
    /// <summary>Index of the nearest source, or -1.</summary>
    public int FirstSource(int vertex) => _firstSource[vertex];
    /// <summary>Milliseconds from the nearest source other than <see cref="FirstSource"/>, or int.MaxValue.</summary>
    public int SecondMillis(int vertex) => TravelTicks.ToMillis(_secondTicks[vertex]);
    /// <summary>Ticks from the nearest source other than <see cref="FirstSource"/>, or int.MaxValue.</summary>
    public int SecondTicks(int vertex) => _secondTicks[vertex];
    /// <summary>Index of the nearest source other than <see cref="FirstSource"/>, or -1.</summary>
    public int SecondSource(int vertex) => _secondSource[vertex];

    /// <summary>
    /// The nearest source of a point on a road, counting the partial road from the vertex before it; whole
    /// milliseconds, or int.MaxValue and source -1 when none reaches it.
    /// </summary>
    public (int Millis, int Source) First(SnapResult target) => InMillis(Best(target).first);

    /// <summary>The nearest source other than <see cref="First(SnapResult)"/>'s.</summary>
    public (int Millis, int Source) Second(SnapResult target) => InMillis(Best(target).second);

    /// <summary>
    /// <see cref="First(SnapResult)"/> and <see cref="Second(SnapResult)"/> from one look at the point's road, for callers
    /// that need both (each alone repeats the work).
    /// </summary>
    public ((int Millis, int Source) First, (int Millis, int Source) Second) FirstAndSecond(SnapResult target)
    {
        var (first, second) = Best(target);
        return (InMillis(first), InMillis(second));
    }

    /// <summary>As <see cref="First(SnapResult)"/>, in ticks.</summary>
    public (int Ticks, int Source) FirstInTicks(SnapResult target) => Best(target).first;

    /// <summary>As <see cref="Second(SnapResult)"/>, in ticks.</summary>
    public (int Ticks, int Source) SecondInTicks(SnapResult target) => Best(target).second;

    private static (int Millis, int Source) InMillis((int Ticks, int Source) x) => (TravelTicks.ToMillis(x.Ticks), x.Source);

    private ((int Ticks, int Source) first, (int Ticks, int Source) second) Best(SnapResult target)
    {
        (int Ticks, int Source) first = (int.MaxValue, -1), second = (int.MaxValue, -1);
        void Offer(long ticks, int source)
        {
            if (source < 0 || ticks >= int.MaxValue) return;
            var m = (int)ticks;
            if (source == first.Source) { if (m < first.Ticks) first.Ticks = m; return; }
            if (m < first.Ticks || (m == first.Ticks && source < first.Source))
            {
                second = first;
                first = (m, source);
                return;
            }
            if (source == second.Source) { if (m < second.Ticks) second.Ticks = m; return; }
            if (m < second.Ticks || (m == second.Ticks && source < second.Source)) second = (m, source);
        }

        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var n = Phantoms.Targets(_g, target, seeds, _closed);
        foreach (var x in seeds[..n])
        {
            if (_firstSource[x.Vertex] >= 0) Offer((long)_firstTicks[x.Vertex] + x.Ticks, _firstSource[x.Vertex]);
            if (_secondSource[x.Vertex] >= 0) Offer((long)_secondTicks[x.Vertex] + x.Ticks, _secondSource[x.Vertex]);
        }
        foreach (var t in target.All)
            if (_sourcesOnSegment.TryGetValue(t.Segment, out var onSegment))
                foreach (var i in onSegment)
                {
                    var direct = Phantoms.Direct(_g, _sourceSnaps[i]!, target, _closed, out _);
                    if (direct.IsReached) Offer(direct.Ticks, i);
                }
        // First is settled by then; Offer can leave second equal to first's source only if nothing else came.
        if (second.Source == first.Source) second = (int.MaxValue, -1);
        return (first, second);
    }
}
