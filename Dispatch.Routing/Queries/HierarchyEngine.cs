using System.Collections.Concurrent;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// Bidirectional upward search on a contraction hierarchy, with stall-on-demand. One-to-many runs the origin's
/// upward search once and a short pruned backward search per target, or for many targets a rank sweep (end sets
/// that repeat, like hospitals) or a memoised upward closure (end sets that change, like vehicle fleets);
/// many-to-one is the mirror image.
/// It answers for the weights its hierarchy carries: the open network, or closures customized in.
/// </summary>
public sealed class HierarchyEngine : IRouteEngine
{
    private readonly RoadGraph _g;
    private readonly ContractionHierarchy _ch;
    private readonly ConcurrentBag<Scratch> _pool = [];

    private readonly bool[]? _closed;

    /// <param name="closed">
    /// Closed edges the hierarchy's weights were customized for (see <see cref="CustomizableHierarchy"/>): snapped
    /// ends never start or finish on them. Null for a hierarchy of the open network.
    /// </param>
    public HierarchyEngine(RoadGraph graph, ContractionHierarchy hierarchy, bool[]? closed = null)
    {
        _closed = closed;
        if (graph.VertexCount != hierarchy.VertexCount || graph.EdgeCount != hierarchy.OriginalEdgeCount)
            throw new ArgumentException("The hierarchy was built for a different road graph.", nameof(hierarchy));
        _g = graph;
        _ch = hierarchy;
        _sweepUp = new RankSweep(graph, hierarchy, upward: true);
        _sweepDown = new RankSweep(graph, hierarchy, upward: false);
    }

    /// <summary>From this many other ends on, one linear sweep over all vertices beats a search per end.</summary>
    public int SweepThreshold { get; init; } = 8;

    private readonly RankSweep _sweepUp, _sweepDown;

    public TravelTime Between(SnapResult from, SnapResult to) => Search(from, to, withEdges: false)?.Time ?? TravelTime.Unreachable;

    public RoutePath? Path(SnapResult from, SnapResult to) => Search(from, to, withEdges: true);

    private RoutePath? Search(SnapResult from, SnapResult to, bool withEdges)
    {
        var s = Rent();
        try
        {
            Span<Seed> sources = stackalloc Seed[Phantoms.MaxSeeds], targets = stackalloc Seed[Phantoms.MaxSeeds];
            var ns = Phantoms.Sources(_g, from, sources, _closed);
            var nt = Phantoms.Targets(_g, to, targets, _closed);
            var direct = Phantoms.Direct(_g, from, to, _closed, out var directEdge);
            var f = s.Forward; var b = s.Backward;
            f.Begin(); b.Begin();
            foreach (var x in sources[..ns]) f.Offer(x.Vertex, x.Ticks, -1);
            foreach (var x in targets[..nt]) b.Offer(x.Vertex, x.Ticks, -1);
            long best = direct.IsReached ? direct.Ticks : long.MaxValue;
            var meet = -1;
            bool fDone = false, bDone = false;
            while (!fDone || !bDone)
            {
                if (!fDone) fDone = !Step(f, b, up: true, ref best, ref meet);
                if (!bDone) bDone = !Step(b, f, up: false, ref best, ref meet);
            }
            if (best == long.MaxValue) return null;
            if (meet < 0) return new RoutePath(from, to, direct, withEdges ? [directEdge] : []);

            var chEdges = new List<int>();
            var at = meet;
            while (f.Parent[at] >= 0) { chEdges.Add(f.Parent[at]); at = Tail(f.Parent[at]); }
            var sourceSeed = FindSeed(sources[..ns], at);
            chEdges.Reverse();
            at = meet;
            while (b.Parent[at] >= 0) { chEdges.Add(b.Parent[at]); at = Head(b.Parent[at]); }
            var targetSeed = FindSeed(targets[..nt], at);

            var meters = sourceSeed.Meters + targetSeed.Meters;
            foreach (var e in chEdges) meters += _ch.EdgeMeters[e];
            var time = new TravelTime(TravelStatus.Reached, best, meters);
            if (!withEdges) return new RoutePath(from, to, time, []);
            var edges = new List<int>();
            if (sourceSeed.Edge >= 0) edges.Add(sourceSeed.Edge);
            foreach (var e in chEdges) _ch.Unpack(e, edges);
            if (targetSeed.Edge >= 0) edges.Add(targetSeed.Edge);
            return new RoutePath(from, to, time, edges);
        }
        finally { _pool.Add(s); }
    }

    public void OneToMany(SnapResult from, IReadOnlyList<SnapResult> to, TravelTime[] results, Deadline deadline = default)
        => Fan(from, to, results, originIsSingle: true, deadline);

    public void ManyToOne(IReadOnlyList<SnapResult> from, SnapResult to, TravelTime[] results, Deadline deadline = default)
        => Fan(to, from, results, originIsSingle: false, deadline);

    /// <summary>
    /// One full upward search from the shared end; then either a restricted rank sweep over everything above the
    /// other ends (many ends) or a pruned search from each other end that meets it (few ends).
    /// With <paramref name="originIsSingle"/> false the shared end is the destination and the others are origins.
    /// </summary>
    private void Fan(SnapResult shared, IReadOnlyList<SnapResult> others, TravelTime[] results, bool originIsSingle, Deadline deadline)
    {
        var s = Rent();
        try
        {
            Span<Seed> sharedSeeds = stackalloc Seed[Phantoms.MaxSeeds];
            var full = originIsSingle ? s.Forward : s.Backward;
            var pruned = originIsSingle ? s.Backward : s.Forward;
            var n = originIsSingle ? Phantoms.Sources(_g, shared, sharedSeeds, _closed) : Phantoms.Targets(_g, shared, sharedSeeds, _closed);
            full.Begin();
            foreach (var x in sharedSeeds[..n]) full.Offer(x.Vertex, x.Ticks, -1);
            ExhaustWithMeters(full, up: originIsSingle, sharedSeeds[..n]);
            if (others.Count >= SweepThreshold)
            {
                if (deadline.Expired) return;
                // Each end brings at most two seed vertices; beyond the sweep's cache the closure is cheaper.
                if (2 * others.Count <= RankSweep.CachedEndsLimit) SweepFan(s, full, shared, others, results, originIsSingle);
                else ClosureFan(s, full, shared, others, results, originIsSingle, deadline);
                return;
            }
            PrunedFan(full, pruned, shared, others, results, originIsSingle, deadline);
        }
        finally { _pool.Add(s); }
    }

    private void SweepFan(Scratch s, Side full, SnapResult shared, IReadOnlyList<SnapResult> others, TravelTime[] results, bool originIsSingle)
    {
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var sweep = originIsSingle ? _sweepDown : _sweepUp;
        var ends = new List<int>(others.Count * 2);
        foreach (var o in others)
        {
            var m = originIsSingle ? Phantoms.Targets(_g, o, seeds, _closed) : Phantoms.Sources(_g, o, seeds, _closed);
            foreach (var x in seeds[..m]) ends.Add(x.Vertex);
        }
        sweep.Run(sweep.Selection(ends), full.Dist, full.Meters, full.LabelStamp, full.Round, s.SweepDist, s.SweepMeters);
        for (var k = 0; k < others.Count; k++)
        {
            var o = others[k];
            var m = originIsSingle ? Phantoms.Targets(_g, o, seeds, _closed) : Phantoms.Sources(_g, o, seeds, _closed);
            var best = originIsSingle ? Phantoms.Direct(_g, shared, o, _closed, out _) : Phantoms.Direct(_g, o, shared, _closed, out _);
            foreach (var x in seeds[..m])
            {
                var pos = sweep.Position(x.Vertex);
                if (s.SweepDist[pos] == int.MaxValue) continue;
                var t = new TravelTime(TravelStatus.Reached, (long)s.SweepDist[pos] + x.Ticks, s.SweepMeters[pos] + x.Meters);
                if (Phantoms.Better(t, best)) best = t;
            }
            results[k] = best.IsReached ? best : TravelTime.Unreachable;
        }
    }

    /// <summary>
    /// For end sets too large to cache (vehicle fleets): resolves each end through <see cref="UpwardClosure"/>,
    /// which shares work between ends without building a sweep selection first.
    /// </summary>
    private void ClosureFan(Scratch s, Side full, SnapResult shared, IReadOnlyList<SnapResult> others, TravelTime[] results, bool originIsSingle, Deadline deadline)
    {
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        s.Closure.Begin();
        for (var k = 0; k < others.Count; k++)
        {
            if ((k & 15) == 15 && deadline.Expired) return;
            var o = others[k];
            var m = originIsSingle ? Phantoms.Targets(_g, o, seeds, _closed) : Phantoms.Sources(_g, o, seeds, _closed);
            var best = originIsSingle ? Phantoms.Direct(_g, shared, o, _closed, out _) : Phantoms.Direct(_g, o, shared, _closed, out _);
            foreach (var x in seeds[..m])
            {
                var d = s.Closure.Resolve(_ch, up: !originIsSingle, x.Vertex, full.Dist, full.Meters, full.LabelStamp, full.Round, out var meters);
                if (d == int.MaxValue) continue;
                var t = new TravelTime(TravelStatus.Reached, (long)d + x.Ticks, meters + x.Meters);
                if (Phantoms.Better(t, best)) best = t;
            }
            results[k] = best.IsReached ? best : TravelTime.Unreachable;
        }
    }

    private void PrunedFan(Side full, Side pruned, SnapResult shared, IReadOnlyList<SnapResult> others, TravelTime[] results, bool originIsSingle, Deadline deadline)
    {
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        for (var k = 0; k < others.Count; k++)
        {
            if (deadline.Expired) return;
            var o = others[k];
            var m = originIsSingle ? Phantoms.Targets(_g, o, seeds, _closed) : Phantoms.Sources(_g, o, seeds, _closed);
            var direct = originIsSingle ? Phantoms.Direct(_g, shared, o, _closed, out _) : Phantoms.Direct(_g, o, shared, _closed, out _);
            pruned.Begin();
            foreach (var x in seeds[..m]) pruned.Offer(x.Vertex, x.Ticks, -1);
            long best = direct.IsReached ? direct.Ticks : long.MaxValue;
            var meet = -1;
            while (Step(pruned, full, up: !originIsSingle, ref best, ref meet)) { }
            if (best == long.MaxValue) { results[k] = TravelTime.Unreachable; continue; }
            if (meet < 0) { results[k] = direct; continue; }
            var meters = full.Meters[meet];
            var at = meet;
            while (pruned.Parent[at] >= 0)
            {
                var e = pruned.Parent[at];
                meters += _ch.EdgeMeters[e];
                at = originIsSingle ? Head(e) : Tail(e);
            }
            meters += FindSeed(seeds[..m], at).Meters;
            results[k] = new TravelTime(TravelStatus.Reached, best, meters);
        }
    }

    /// <summary>Runs one side's upward search to exhaustion, recording metres along the chosen labels.</summary>
    private void ExhaustWithMeters(Side side, bool up, ReadOnlySpan<Seed> seeds)
    {
        foreach (var x in seeds) if (side.Parent[x.Vertex] < 0 && side.Dist[x.Vertex] == x.Ticks) side.Meters[x.Vertex] = x.Meters;
        var (start, heads, ticks, ids) = up ? (_ch.UpStart, _ch.UpHead, _ch.UpTicks, _ch.UpEdge) : (_ch.DownStart, _ch.DownTail, _ch.DownTicks, _ch.DownEdge);
        var (sStart, sTail, sTicks) = up ? (_ch.DownStart, _ch.DownTail, _ch.DownTicks) : (_ch.UpStart, _ch.UpHead, _ch.UpTicks);
        while (side.Queue.TryDequeue(out var v, out var d))
        {
            if (d != side.Dist[v]) continue;
            // Stalled labels are only upper bounds; the meeting or the sweep still finds the exact value via a higher vertex.
            var stalled = false;
            for (var i = sStart[v]; i < sStart[v + 1] && !stalled; i++)
                stalled = side.Labelled(sTail[i]) && side.Dist[sTail[i]] + sTicks[i] < d;
            if (stalled) continue;
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var w = heads[i];
                var nd = d + ticks[i];
                if (side.Labelled(w) && side.Dist[w] <= nd) continue;
                side.Offer(w, nd, ids[i]);
                side.Meters[w] = side.Meters[v] + _ch.EdgeMeters[ids[i]];
            }
        }
    }

    /// <summary>Settles one vertex of <paramref name="side"/>; false when that side can stop.</summary>
    private bool Step(Side side, Side other, bool up, ref long best, ref int meet)
    {
        int v, d;
        do
        {
            if (!side.Queue.TryDequeue(out v, out d)) return false;
        } while (d != side.Dist[v]);
        if (d >= best) return false;
        if (other.Labelled(v) && d + (long)other.Dist[v] < best) { best = d + (long)other.Dist[v]; meet = v; }

        // Stall-on-demand: if a higher vertex already reaches v more cheaply, nothing above v is worth expanding.
        var (sStart, sTail, sTicks) = up ? (_ch.DownStart, _ch.DownTail, _ch.DownTicks) : (_ch.UpStart, _ch.UpHead, _ch.UpTicks);
        for (var i = sStart[v]; i < sStart[v + 1]; i++)
        {
            var u = sTail[i];
            if (side.Labelled(u) && side.Dist[u] + sTicks[i] < d) return true;
        }
        var (start, heads, ticks, ids) = up ? (_ch.UpStart, _ch.UpHead, _ch.UpTicks, _ch.UpEdge) : (_ch.DownStart, _ch.DownTail, _ch.DownTicks, _ch.DownEdge);
        for (var i = start[v]; i < start[v + 1]; i++)
        {
            var w = heads[i];
            var nd = d + ticks[i];
            if (side.Labelled(w) && side.Dist[w] <= nd) continue;
            side.Offer(w, nd, ids[i]);
        }
        return true;
    }

    private int Tail(int chEdge) => Endpoint(chEdge, first: true);
    private int Head(int chEdge) => Endpoint(chEdge, first: false);

    private int Endpoint(int chEdge, bool first)
    {
        while (_ch.ChildB[chEdge] >= 0) chEdge = first ? _ch.ChildA[chEdge] : _ch.ChildB[chEdge];
        return first ? _g.EdgeFrom[chEdge] : _g.EdgeTo[chEdge];
    }

    private static Seed FindSeed(ReadOnlySpan<Seed> seeds, int vertex)
    {
        foreach (var x in seeds) if (x.Vertex == vertex) return x;
        throw new InvalidOperationException("Search tree does not lead back to a seed.");
    }

    private Scratch Rent() => _pool.TryTake(out var s) ? s : new Scratch(_g.VertexCount);

    private sealed class Scratch(int n)
    {
        public readonly Side Forward = new(n), Backward = new(n);
        public readonly int[] SweepDist = new int[n];
        public readonly UpwardClosure Closure = new(n);
        public readonly double[] SweepMeters = new double[n];
    }

    private sealed class Side(int n)
    {
        public readonly int[] Dist = new int[n], Parent = new int[n];
        public readonly double[] Meters = new double[n];
        private readonly int[] _label = new int[n];
        private int _round;
        public int[] LabelStamp => _label;
        public int Round => _round;
        public readonly PriorityQueue<int, int> Queue = new();

        public void Begin() { _round++; Queue.Clear(); }
        public bool Labelled(int v) => _label[v] == _round;

        public void Offer(int v, int dist, int parent)
        {
            if (Labelled(v) && Dist[v] <= dist) return;
            _label[v] = _round; Dist[v] = dist; Parent[v] = parent;
            Queue.Enqueue(v, dist);
        }
    }
}
