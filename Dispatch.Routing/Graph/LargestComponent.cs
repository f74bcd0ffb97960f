namespace Dispatch.Routing.Graph;

/// <summary>
/// Keeps only the largest strongly connected component: anywhere in it can reach anywhere else,
/// so a snapped patient is never stranded on a one-way stub cut off at the map edge.
/// </summary>
public static class LargestComponent
{
    public static RoadGraph Extract(RoadGraph g)
    {
        var comp = StrongComponents(g, out var count);
        if (count <= 1) return g;
        var sizes = new int[count];
        foreach (var c in comp) sizes[c]++;
        var best = Array.IndexOf(sizes, sizes.Max());

        var builder = new RoadGraphBuilder();
        var map = new int[g.VertexCount];
        for (var v = 0; v < g.VertexCount; v++)
            map[v] = comp[v] == best ? builder.AddVertex(g.VertexLon[v], g.VertexLat[v]) : -1;

        var shape = new List<GeoPoint>();
        for (var s = 0; s < g.SegmentCount; s++)
        {
            int f = g.SegmentForward[s], b = g.SegmentBackward[s];
            var anyEdge = f >= 0 ? f : b;
            int a = g.EdgeFrom[anyEdge], z = g.EdgeTo[anyEdge];
            if (f < 0) (a, z) = (z, a);
            if (map[a] < 0 || map[z] < 0) continue;
            shape.Clear();
            for (var i = g.SegmentCoordStart[s]; i < g.SegmentCoordStart[s + 1]; i++) shape.Add(new GeoPoint(g.CoordLon[i], g.CoordLat[i]));
            builder.AddPrebuiltSegment(g.SegmentWayId[s], map[a], map[z], shape,
                f >= 0 ? g.EdgeTicks[f] : -1, b >= 0 ? g.EdgeTicks[b] : -1, g.EdgeMeters[anyEdge]);
        }
        return builder.Build();
    }

    /// <summary>Iterative Tarjan; returns the component index of every vertex.</summary>
    public static int[] StrongComponents(RoadGraph g, out int count)
    {
        var n = g.VertexCount;
        var index = new int[n]; Array.Fill(index, -1);
        var low = new int[n];
        var comp = new int[n]; Array.Fill(comp, -1);
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var call = new Stack<(int v, int next)>();
        int counter = 0, c = 0;
        for (var root = 0; root < n; root++)
        {
            if (index[root] >= 0) continue;
            call.Push((root, g.OutStart[root]));
            index[root] = low[root] = counter++; stack.Push(root); onStack[root] = true;
            while (call.Count > 0)
            {
                var (v, next) = call.Pop();
                if (next < g.OutStart[v + 1])
                {
                    call.Push((v, next + 1));
                    var w = g.EdgeTo[g.OutEdges[next]];
                    if (index[w] < 0)
                    {
                        index[w] = low[w] = counter++; stack.Push(w); onStack[w] = true;
                        call.Push((w, g.OutStart[w]));
                    }
                    else if (onStack[w]) low[v] = Math.Min(low[v], index[w]);
                    continue;
                }
                if (low[v] == index[v])
                {
                    int w;
                    do { w = stack.Pop(); onStack[w] = false; comp[w] = c; } while (w != v);
                    c++;
                }
                if (call.Count > 0) { var parent = call.Peek().v; low[parent] = Math.Min(low[parent], low[v]); }
            }
        }
        count = c;
        return comp;
    }
}
