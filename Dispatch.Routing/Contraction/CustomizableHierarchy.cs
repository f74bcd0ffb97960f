using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Contraction;

/// <summary>
/// A customizable contraction hierarchy (Dibbelt, Strasser, Wagner): the shortcut structure depends only on the
/// vertex order, never on travel times, so any weights (roads closed or open) are brought in by a fast
/// <see cref="Customize"/> pass instead of a new contraction. Every vertex keeps all shortcuts between its higher
/// neighbours (no witness search), so the customized hierarchy answers exactly what Dijkstra on the same weights does.
/// Arcs are undirected {low, high} pairs in flat arrays, grouped by their lower vertex, each with a weight per
/// direction; the customized weights are handed out as an ordinary <see cref="ContractionHierarchy"/>.
/// </summary>
public sealed class CustomizableHierarchy
{
    private readonly RoadGraph _g;
    private readonly int[] _rank;
    /// <summary>Arcs of vertex v (as the lower end) are [_start[v], _start[v+1]), higher ends in _high, by rank.</summary>
    private readonly int[] _start, _high;
    /// <summary>
    /// For each original edge, the arc it lies on (-1 for a loop), plus one when it runs low→high. Every edge is kept,
    /// not just the cheapest per arc: when the cheapest of two parallel roads is closed, the other one still counts.
    /// </summary>
    private readonly int[] _edgeArc;

    public int VertexCount => _rank.Length;
    public int ArcCount => _high.Length;

    private CustomizableHierarchy(RoadGraph g, int[] rank, int[] start, int[] high, int[] edgeArc)
    {
        _g = g; _rank = rank; _start = start; _high = high; _edgeArc = edgeArc;
    }

    /// <summary>
    /// The structure on <paramref name="preferred"/> (the contraction order, whose search spaces are small) when its
    /// fill-in stays within a few arcs per road, else on a <see cref="NestedDissection"/> order, whose fill-in stays
    /// small on any network (street grids above all).
    /// </summary>
    public static CustomizableHierarchy For(RoadGraph g, int[] preferred) =>
        TryBuild(g, preferred, MaxArcsPerEdge * (long)g.EdgeCount + 1024) ?? Build(g, NestedDissection.Order(g));

    private const int MaxArcsPerEdge = 4;

    /// <summary>Builds the structure for the given order (rank per vertex, a permutation of 0..n-1).</summary>
    public static CustomizableHierarchy Build(RoadGraph g, int[] rank) => TryBuild(g, rank, long.MaxValue)!;

    /// <returns>Null when the order would need more than <paramref name="maxArcs"/> arcs.</returns>
    public static CustomizableHierarchy? TryBuild(RoadGraph g, int[] rank, long maxArcs)
    {
        var n = g.VertexCount;
        var byRank = new int[n];
        for (var v = 0; v < n; v++) byRank[rank[v]] = v;
        var upper = new HashSet<int>[n];
        for (var v = 0; v < n; v++) upper[v] = [];
        long arcs = 0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int a = g.EdgeFrom[e], b = g.EdgeTo[e];
            if (a == b) continue;
            if (rank[a] < rank[b] ? upper[a].Add(b) : upper[b].Add(a)) arcs++;
        }
        // Eliminating v joins its higher neighbours into a clique; passing them to the lowest of them (v's parent in
        // the elimination tree) is enough, as that one passes them on in turn when it is eliminated.
        foreach (var v in byRank)
        {
            var up = upper[v];
            if (up.Count < 2) continue;
            var parent = -1;
            foreach (var w in up) if (parent < 0 || rank[w] < rank[parent]) parent = w;
            foreach (var w in up) if (w != parent && upper[parent].Add(w) && ++arcs > maxArcs) return null;
        }
        var start = new int[n + 1];
        for (var v = 0; v < n; v++) start[v + 1] = start[v] + upper[v].Count;
        var high = new int[start[n]];
        for (var v = 0; v < n; v++)
        {
            var list = upper[v].ToArray();
            Array.Sort(list, (x, y) => rank[x].CompareTo(rank[y]));
            list.CopyTo(high, start[v]);
            upper[v] = null!;
        }
        var edgeArc = new int[g.EdgeCount];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            int a = g.EdgeFrom[e], b = g.EdgeTo[e];
            if (a == b) { edgeArc[e] = -1; continue; }
            var lowToHigh = rank[a] < rank[b];
            edgeArc[e] = 2 * Find(start, high, rank, lowToHigh ? a : b, lowToHigh ? b : a) + (lowToHigh ? 1 : 0);
        }
        return new CustomizableHierarchy(g, rank, start, high, edgeArc);
    }

    private static int Find(int[] start, int[] high, int[] rank, int low, int hi)
    {
        int lo = start[low], h = start[low + 1] - 1, target = rank[hi];
        while (lo <= h)
        {
            var mid = (lo + h) >> 1;
            var r = rank[high[mid]];
            if (r == target) return mid;
            if (r < target) lo = mid + 1; else h = mid - 1;
        }
        throw new InvalidOperationException("Arc missing from the hierarchy.");
    }

    private const int Infinity = int.MaxValue;

    /// <summary>
    /// Weights for the given closed edges (null: all open), as a hierarchy the ordinary query code runs on.
    /// Processing lower ends in rank order makes each arc final before it is used in a higher triangle.
    /// </summary>
    public ContractionHierarchy Customize(bool[]? closed) => Customize(closed, out _);

    /// <param name="dropped">How many finite arc directions were longer than the distance between their ends.</param>
    internal ContractionHierarchy Customize(bool[]? closed, out int dropped)
    {
        var m = _high.Length;
        var up = new int[m]; var down = new int[m];
        // A shortcut's halves, as arcs: low→high goes down the first arc then up the second; high→low likewise.
        var upFirst = new int[m]; var upSecond = new int[m]; var downFirst = new int[m]; var downSecond = new int[m];
        var upOriginal = new int[m]; var downOriginal = new int[m];
        Array.Fill(up, Infinity); Array.Fill(down, Infinity);
        Array.Fill(upFirst, -1); Array.Fill(downFirst, -1);
        Array.Fill(upOriginal, -1); Array.Fill(downOriginal, -1);
        for (var e = 0; e < _edgeArc.Length; e++)
        {
            var slot = _edgeArc[e];
            if (slot < 0 || (closed is not null && closed[e])) continue;
            var a = slot >> 1;
            var ticks = _g.EdgeTicks[e];
            if ((slot & 1) == 1) { if (ticks < up[a]) { up[a] = ticks; upOriginal[a] = e; } }
            else if (ticks < down[a]) { down[a] = ticks; downOriginal[a] = e; }
        }
        var n = VertexCount;
        var byRank = new int[n];
        for (var v = 0; v < n; v++) byRank[_rank[v]] = v;
        var arcTo = new int[n];
        Array.Fill(arcTo, -1);
        foreach (var x in byRank)
        {
            int s = _start[x], e = _start[x + 1];
            if (e - s < 2) continue;
            for (var a = s; a < e; a++) arcTo[_high[a]] = a;
            // Lower triangle x-v-w with v below w: v→w can go v→x→w, and w→v can go w→x→v.
            for (var a = s; a < e; a++)
            {
                var v = _high[a];
                int toX = down[a], fromX = up[a]; // v→x, x→v
                if (toX == Infinity && fromX == Infinity) continue;
                for (var b = _start[v]; b < _start[v + 1]; b++)
                {
                    var xw = arcTo[_high[b]];
                    if (xw < 0) continue;
                    // Sums in long: a detour through low vertices may be long, and a wrapped int would look short.
                    if (toX != Infinity && up[xw] != Infinity && (long)toX + up[xw] < up[b]) { up[b] = toX + up[xw]; upFirst[b] = a; upSecond[b] = xw; }
                    if (fromX != Infinity && down[xw] != Infinity && (long)down[xw] + fromX < down[b]) { down[b] = down[xw] + fromX; downFirst[b] = xw; downSecond[b] = a; }
                }
            }
            for (var a = s; a < e; a++) arcTo[_high[a]] = -1;
        }
        var (tightUp, tightDown) = Tight(up, down, byRank, arcTo);
        dropped = 0;
        for (var a = 0; a < m; a++)
        {
            if (up[a] != Infinity && !tightUp[a]) dropped++;
            if (down[a] != Infinity && !tightDown[a]) dropped++;
        }
        return Export(up, down, (upFirst, upSecond, downFirst, downSecond), upOriginal, downOriginal, byRank, tightUp, tightDown);
    }

    /// <summary>
    /// Which arc directions are shortest paths between their ends. The basic pass above only looks below each arc;
    /// a second pass from the top down also relaxes each arc through the triangles above and beside it (perfect
    /// customization), which yields true distances. An arc whose weight is larger than the distance is never part of
    /// a shortest up-down path (swapping it for the shorter path would beat the shortest), so queries can skip it:
    /// on hierarchies ordered for a different metric most of the fill-in at the top is such an arc.
    /// </summary>
    private (bool[] up, bool[] down) Tight(int[] up, int[] down, int[] byRank, int[] arcTo)
    {
        var m = _high.Length;
        var bestUp = (int[])up.Clone(); var bestDown = (int[])down.Clone();
        for (var r = byRank.Length - 1; r >= 0; r--)
        {
            var x = byRank[r];
            int s = _start[x], e = _start[x + 1];
            if (e - s < 2) continue;
            for (var a = s; a < e; a++) arcTo[_high[a]] = a;
            // Triangle x < v < w: arcs above x are final, and x's own first arc on a shortest up-down path already
            // carries its distance, so one pass over x's triangles settles all of x's arcs.
            for (var a = s; a < e; a++)
            {
                var v = _high[a];
                for (var b = _start[v]; b < _start[v + 1]; b++)
                {
                    var xw = arcTo[_high[b]];
                    if (xw < 0) continue;
                    Relax(ref bestUp[xw], bestUp[a], bestUp[b]);      // x→v→w
                    Relax(ref bestDown[xw], bestDown[b], bestDown[a]);  // w→v→x
                    Relax(ref bestUp[a], bestUp[xw], bestDown[b]);    // x→w→v
                    Relax(ref bestDown[a], bestUp[b], bestDown[xw]);  // v→w→x
                }
            }
            for (var a = s; a < e; a++) arcTo[_high[a]] = -1;
        }
        var tightUp = new bool[m]; var tightDown = new bool[m];
        for (var a = 0; a < m; a++)
        {
            tightUp[a] = up[a] != Infinity && up[a] == bestUp[a];
            tightDown[a] = down[a] != Infinity && down[a] == bestDown[a];
        }
        return (tightUp, tightDown);
    }

    private static void Relax(ref int arc, int first, int second)
    {
        if (first == Infinity || second == Infinity) return;
        var via = (long)first + second;
        if (via < arc) arc = (int)via;
    }

    /// <summary>Numbers each finite arc direction as an original edge or a shortcut of two lower ones, in rank order.</summary>
    private ContractionHierarchy Export(int[] up, int[] down, (int[] upFirst, int[] upSecond, int[] downFirst, int[] downSecond) halves,
        int[] upOriginal, int[] downOriginal, int[] byRank, bool[] tightUp, bool[] tightDown)
    {
        var g = _g;
        var m = _high.Length;
        var n = VertexCount;
        var (upFirst, upSecond, downFirst, downSecond) = halves;
        var total = g.EdgeCount;
        for (var a = 0; a < m; a++)
        {
            if (up[a] != Infinity && upFirst[a] >= 0) total++;
            if (down[a] != Infinity && downFirst[a] >= 0) total++;
        }
        var ticks = new int[total]; var meters = new double[total];
        var childA = new int[total]; var childB = new int[total];
        Array.Copy(g.EdgeTicks, ticks, g.EdgeCount);
        Array.Copy(g.EdgeMeters, meters, g.EdgeCount);
        for (var e = 0; e < g.EdgeCount; e++) { childA[e] = e; childB[e] = -1; }
        var next = g.EdgeCount;
        var upId = new int[m]; var downId = new int[m];
        // Children of an arc have a lower low end, so numbering by low end in rank order finds them numbered.
        foreach (var x in byRank)
        {
            for (var a = _start[x]; a < _start[x + 1]; a++)
            {
                upId[a] = Id(up[a], upFirst[a], upSecond[a], upOriginal[a]);
                downId[a] = Id(down[a], downFirst[a], downSecond[a], downOriginal[a]);
            }
        }

        int Id(int weight, int firstArc, int secondArc, int original)
        {
            if (weight == Infinity) return -1;
            if (firstArc < 0) return original;
            // The first half runs down an arc towards the middle vertex, the second up from it.
            var first = downId[firstArc]; var second = upId[secondArc];
            var id = next++;
            ticks[id] = weight; meters[id] = meters[first] + meters[second];
            childA[id] = first; childB[id] = second;
            return id;
        }

        var upStart = new int[n + 1]; var downStart = new int[n + 1];
        for (var v = 0; v < n; v++)
            for (var a = _start[v]; a < _start[v + 1]; a++)
            {
                if (tightUp[a]) upStart[v + 1]++;
                if (tightDown[a]) downStart[v + 1]++;
            }
        for (var v = 0; v < n; v++) { upStart[v + 1] += upStart[v]; downStart[v + 1] += downStart[v]; }
        var upHead = new int[upStart[n]]; var upEdge = new int[upStart[n]];
        var downTail = new int[downStart[n]]; var downEdge = new int[downStart[n]];
        for (var v = 0; v < n; v++)
        {
            int pu = upStart[v], pd = downStart[v];
            for (var a = _start[v]; a < _start[v + 1]; a++)
            {
                if (tightUp[a]) { upHead[pu] = _high[a]; upEdge[pu++] = upId[a]; }
                if (tightDown[a]) { downTail[pd] = _high[a]; downEdge[pd++] = downId[a]; }
            }
        }
        return new ContractionHierarchy(g.EdgeCount, _rank, ticks, meters, childA, childB,
            upStart, upHead, upEdge, downStart, downTail, downEdge);
    }
}
