using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Contraction;

/// <summary>
/// Contracts vertices in order of a lazily updated edge-difference priority, adding a shortcut only when a
/// bounded witness search finds no path at least as short around the vertex.
/// </summary>
public sealed class HierarchyBuilder
{
    private const int SimulationSettleLimit = 60;
    private const int ContractionSettleLimit = 400;

    private struct Arc
    {
        public int Other, Ticks, Id;
    }

    private readonly RoadGraph _g;
    private readonly List<Arc>[] _out, _in;
    private readonly List<int> _ticks = [], _childA = [], _childB = [];
    private readonly List<double> _meters = [];
    private readonly bool[] _contracted;
    private readonly int[] _deletedNeighbours, _level;
    private readonly List<(int from, int to, int id)> _upward = [], _downward = [];

    // Witness search scratch.
    private readonly int[] _dist, _stamp;
    private int _round;
    private readonly PriorityQueue<int, int> _queue = new();

    private HierarchyBuilder(RoadGraph g)
    {
        _g = g;
        var n = g.VertexCount;
        _out = new List<Arc>[n]; _in = new List<Arc>[n];
        for (var v = 0; v < n; v++) { _out[v] = []; _in[v] = []; }
        _contracted = new bool[n];
        _deletedNeighbours = new int[n];
        _level = new int[n];
        _dist = new int[n]; _stamp = new int[n];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            _ticks.Add(g.EdgeTicks[e]); _meters.Add(g.EdgeMeters[e]); _childA.Add(e); _childB.Add(-1);
            AddOrImprove(g.EdgeFrom[e], g.EdgeTo[e], g.EdgeTicks[e], e);
        }
    }

    public static ContractionHierarchy Build(RoadGraph g) => new HierarchyBuilder(g).Run();

    private ContractionHierarchy Run()
    {
        var n = _g.VertexCount;
        var priority = new int[n];
        var queue = new PriorityQueue<int, (int prio, int v)>();
        for (var v = 0; v < n; v++)
        {
            priority[v] = Priority(v);
            queue.Enqueue(v, (priority[v], v));
        }
        var rank = new int[n];
        var next = 0;
        while (queue.TryDequeue(out var v, out var key))
        {
            if (_contracted[v] || key.prio != priority[v]) continue;
            // Lazy update: priorities drift as neighbours go; re-check before committing.
            var fresh = Priority(v);
            if (fresh != priority[v])
            {
                priority[v] = fresh;
                if (queue.TryPeek(out _, out var top) && (fresh, v).CompareTo(top) > 0)
                {
                    queue.Enqueue(v, (fresh, v));
                    continue;
                }
            }
            var neighbours = Contract(v);
            rank[v] = next++;
            foreach (var w in neighbours)
            {
                _deletedNeighbours[w]++;
                _level[w] = Math.Max(_level[w], _level[v] + 1);
                var p = Priority(w);
                if (p != priority[w]) { priority[w] = p; queue.Enqueue(w, (p, w)); }
            }
        }
        return Freeze(rank);
    }

    private int Priority(int v)
    {
        var shortcuts = Shortcuts(v, apply: false);
        var edgeDifference = shortcuts - _in[v].Count - _out[v].Count;
        // The level term keeps the hierarchy shallow, which shortens query search spaces noticeably.
        return 2 * edgeDifference + _deletedNeighbours[v] + _level[v];
    }

    private HashSet<int> Contract(int v)
    {
        foreach (var a in _out[v]) _upward.Add((v, a.Other, a.Id));
        foreach (var a in _in[v]) _downward.Add((a.Other, v, a.Id));
        Shortcuts(v, apply: true);
        var neighbours = new HashSet<int>();
        foreach (var a in _out[v]) { neighbours.Add(a.Other); _in[a.Other].RemoveAll(x => x.Other == v); }
        foreach (var a in _in[v]) { neighbours.Add(a.Other); _out[a.Other].RemoveAll(x => x.Other == v); }
        _out[v].Clear(); _in[v].Clear();
        _contracted[v] = true;
        return neighbours;
    }

    /// <summary>Counts (and when <paramref name="apply"/> adds) the shortcuts needed to bypass v.</summary>
    private int Shortcuts(int v, bool apply)
    {
        var outs = _out[v];
        if (outs.Count == 0 || _in[v].Count == 0) return 0;
        var maxOut = 0;
        foreach (var a in outs) maxOut = Math.Max(maxOut, a.Ticks);
        var count = 0;
        var ins = apply ? [.. _in[v]] : _in[v];
        foreach (var inArc in ins)
        {
            var u = inArc.Other;
            Witness(u, v, inArc.Ticks + maxOut, apply ? ContractionSettleLimit : SimulationSettleLimit);
            for (var i = 0; i < outs.Count; i++)
            {
                var outArc = outs[i];
                if (outArc.Other == u) continue;
                var via = inArc.Ticks + outArc.Ticks;
                if (_stamp[outArc.Other] == _round && _dist[outArc.Other] <= via) continue;
                count++;
                if (!apply) continue;
                var id = _ticks.Count;
                _ticks.Add(via); _meters.Add(_meters[inArc.Id] + _meters[outArc.Id]);
                _childA.Add(inArc.Id); _childB.Add(outArc.Id);
                AddOrImprove(u, outArc.Other, via, id);
            }
        }
        return count;
    }

    private void Witness(int source, int avoid, int bound, int settleLimit)
    {
        _round++;
        _queue.Clear();
        _dist[source] = 0; _stamp[source] = _round;
        _queue.Enqueue(source, 0);
        var settled = 0;
        while (_queue.TryDequeue(out var u, out var d))
        {
            if (d > _dist[u]) continue;
            if (d > bound || ++settled > settleLimit) break;
            foreach (var a in _out[u])
            {
                if (a.Other == avoid) continue;
                var nd = d + a.Ticks;
                if (_stamp[a.Other] == _round && _dist[a.Other] <= nd) continue;
                _stamp[a.Other] = _round; _dist[a.Other] = nd;
                _queue.Enqueue(a.Other, nd);
            }
        }
    }

    private void AddOrImprove(int from, int to, int ticks, int id)
    {
        if (from == to) return;
        var outs = _out[from];
        for (var i = 0; i < outs.Count; i++)
        {
            if (outs[i].Other != to) continue;
            if (outs[i].Ticks <= ticks) return;
            outs[i] = new Arc { Other = to, Ticks = ticks, Id = id };
            var ins = _in[to];
            for (var j = 0; j < ins.Count; j++)
                if (ins[j].Other == from) ins[j] = new Arc { Other = from, Ticks = ticks, Id = id };
            return;
        }
        outs.Add(new Arc { Other = to, Ticks = ticks, Id = id });
        _in[to].Add(new Arc { Other = from, Ticks = ticks, Id = id });
    }

    private ContractionHierarchy Freeze(int[] rank)
    {
        var n = _g.VertexCount;
        var (upStart, upItems) = Group(n, _upward, x => x.from);
        var (downStart, downItems) = Group(n, _downward, x => x.to);
        return new ContractionHierarchy(_g.EdgeCount, rank, [.. _ticks], [.. _meters], [.. _childA], [.. _childB],
            upStart, Array.ConvertAll(upItems, x => x.to), Array.ConvertAll(upItems, x => x.id),
            downStart, Array.ConvertAll(downItems, x => x.from), Array.ConvertAll(downItems, x => x.id));
    }

    private static (int[] start, (int from, int to, int id)[] items) Group(int n, List<(int from, int to, int id)> arcs, Func<(int from, int to, int id), int> key)
    {
        var start = new int[n + 1];
        foreach (var a in arcs) start[key(a) + 1]++;
        for (var i = 0; i < n; i++) start[i + 1] += start[i];
        var fill = (int[])start.Clone();
        var items = new (int, int, int)[arcs.Count];
        foreach (var a in arcs) items[fill[key(a)]++] = a;
        return (start, items);
    }
}
