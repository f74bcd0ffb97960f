using System.Collections.Concurrent;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// Plain Dijkstra over the road graph. It is the reference the fast engine is checked against, and the engine used
/// while road closures are in force, because it needs no preprocessing to honour a closed edge.
/// </summary>
public sealed class DijkstraEngine : IRouteEngine
{
    private readonly RoadGraph _g;
    private readonly Func<bool[]?> _closed;
    private readonly ConcurrentBag<Scratch> _pool = [];

    /// <param name="closedEdges">Read once per query; null or an all-false array means every road is open.</param>
    public DijkstraEngine(RoadGraph graph, Func<bool[]?>? closedEdges = null)
    {
        _g = graph;
        _closed = closedEdges ?? (() => null);
    }

    public TravelTime Between(SnapResult from, SnapResult to) => Path(from, to, withEdges: false)?.Time ?? TravelTime.Unreachable;

    public RoutePath? Path(SnapResult from, SnapResult to) => Path(from, to, withEdges: true);

    private RoutePath? Path(SnapResult from, SnapResult to, bool withEdges)
    {
        var closed = _closed();
        var s = Rent();
        try
        {
            Span<Seed> sources = stackalloc Seed[Phantoms.MaxSeeds], targets = stackalloc Seed[Phantoms.MaxSeeds];
            var ns = Phantoms.Sources(_g, from, sources, closed);
            var nt = Phantoms.Targets(_g, to, targets, closed);
            var best = Phantoms.Direct(_g, from, to, closed, out var directEdge);
            s.Begin();
            for (var i = 0; i < nt; i++) s.Want(targets[i].Vertex);
            Run(s, sources[..ns], forward: true, closed, Deadline.None);
            var bestTarget = -1;
            for (var i = 0; i < nt; i++)
            {
                var v = targets[i].Vertex;
                if (!s.Labelled(v)) continue;
                var t = new TravelTime(TravelStatus.Reached, s.Dist[v] + targets[i].Ticks, s.Meters[v] + targets[i].Meters);
                if (Phantoms.Better(t, best)) { best = t; bestTarget = i; }
            }
            if (!best.IsReached) return null;
            if (!withEdges) return new RoutePath(from, to, best, []);
            if (bestTarget < 0) return new RoutePath(from, to, best, [directEdge]);
            var edges = new List<int>();
            if (targets[bestTarget].Edge >= 0) edges.Add(targets[bestTarget].Edge);
            var at = targets[bestTarget].Vertex;
            while (s.Parent[at] >= 0) { edges.Add(s.Parent[at]); at = _g.EdgeFrom[s.Parent[at]]; }
            for (var i = 0; i < ns; i++) if (sources[i].Vertex == at) { if (sources[i].Edge >= 0) edges.Add(sources[i].Edge); break; }
            edges.Reverse();
            return new RoutePath(from, to, best, edges);
        }
        finally { _pool.Add(s); }
    }

    public void OneToMany(SnapResult from, IReadOnlyList<SnapResult> to, TravelTime[] results, Deadline deadline = default)
    {
        var closed = _closed();
        var s = Rent();
        try
        {
            Span<Seed> sources = stackalloc Seed[Phantoms.MaxSeeds], seeds = stackalloc Seed[Phantoms.MaxSeeds];
            var ns = Phantoms.Sources(_g, from, sources, closed);
            s.Begin();
            foreach (var t in to)
            {
                var n = Phantoms.Targets(_g, t, seeds, closed);
                for (var i = 0; i < n; i++) s.Want(seeds[i].Vertex);
            }
            var complete = Run(s, sources[..ns], forward: true, closed, deadline);
            for (var k = 0; k < to.Count; k++)
            {
                var n = Phantoms.Targets(_g, to[k], seeds, closed);
                results[k] = Combine(s, seeds[..n], Phantoms.Direct(_g, from, to[k], closed, out _), complete);
            }
        }
        finally { _pool.Add(s); }
    }

    public void ManyToOne(IReadOnlyList<SnapResult> from, SnapResult to, TravelTime[] results, Deadline deadline = default)
    {
        var closed = _closed();
        var s = Rent();
        try
        {
            Span<Seed> targets = stackalloc Seed[Phantoms.MaxSeeds], seeds = stackalloc Seed[Phantoms.MaxSeeds];
            var nt = Phantoms.Targets(_g, to, targets, closed);
            s.Begin();
            foreach (var f in from)
            {
                var n = Phantoms.Sources(_g, f, seeds, closed);
                for (var i = 0; i < n; i++) s.Want(seeds[i].Vertex);
            }
            var complete = Run(s, targets[..nt], forward: false, closed, deadline);
            for (var k = 0; k < from.Count; k++)
            {
                var n = Phantoms.Sources(_g, from[k], seeds, closed);
                results[k] = Combine(s, seeds[..n], Phantoms.Direct(_g, from[k], to, closed, out _), complete);
            }
        }
        finally { _pool.Add(s); }
    }

    private static TravelTime Combine(Scratch s, ReadOnlySpan<Seed> ends, TravelTime direct, bool complete)
    {
        var best = direct;
        var exact = true;
        foreach (var e in ends)
        {
            if (!s.Settled(e.Vertex)) { exact = false; continue; }
            var t = new TravelTime(TravelStatus.Reached, s.Dist[e.Vertex] + e.Ticks, s.Meters[e.Vertex] + e.Meters);
            if (Phantoms.Better(t, best)) best = t;
        }
        if (!exact && !complete) return default;
        return best.IsReached ? best : TravelTime.Unreachable;
    }

    /// <summary>Settles vertices until every wanted one is settled; false if the deadline passed first.</summary>
    private bool Run(Scratch s, ReadOnlySpan<Seed> seeds, bool forward, bool[]? closed, Deadline deadline)
    {
        foreach (var seed in seeds) s.Offer(seed.Vertex, seed.Ticks, seed.Meters, -1);
        var (start, items) = forward ? (_g.OutStart, _g.OutEdges) : (_g.InStart, _g.InEdges);
        var head = forward ? _g.EdgeTo : _g.EdgeFrom;
        var settledCount = 0;
        while (s.Wanted > 0 && s.Queue.TryDequeue(out var v, out var d))
        {
            if (d != s.Dist[v] || s.Settled(v)) continue;
            s.Settle(v);
            if ((++settledCount & 1023) == 0 && deadline.Expired) return false;
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var e = items[i];
                if (closed is not null && closed[e]) continue;
                s.Offer(head[e], d + _g.EdgeTicks[e], s.Meters[v] + _g.EdgeMeters[e], e);
            }
        }
        return true;
    }

    private Scratch Rent() => _pool.TryTake(out var s) ? s : new Scratch(_g.VertexCount);

    private sealed class Scratch(int n)
    {
        public readonly int[] Dist = new int[n], Parent = new int[n];
        public readonly double[] Meters = new double[n];
        private readonly int[] _label = new int[n], _settled = new int[n], _wanted = new int[n];
        private int _round;
        public int Wanted;
        public readonly PriorityQueue<int, int> Queue = new();

        public void Begin() { _round++; Wanted = 0; Queue.Clear(); }
        public bool Labelled(int v) => _label[v] == _round;
        public bool Settled(int v) => _settled[v] == _round;

        public void Want(int v)
        {
            if (_wanted[v] == _round) return;
            _wanted[v] = _round; Wanted++;
        }

        public void Settle(int v)
        {
            _settled[v] = _round;
            if (_wanted[v] == _round) Wanted--;
        }

        public void Offer(int v, int dist, double meters, int parent)
        {
            if (Labelled(v) && Dist[v] <= dist) return;
            _label[v] = _round; Dist[v] = dist; Meters[v] = meters; Parent[v] = parent;
            Queue.Enqueue(v, dist);
        }
    }
}
