using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Contraction;

/// <summary>
/// A vertex order for the customizable hierarchy that keeps its fill-in small whatever the travel times: cut the
/// network in two along a straight line through the median vertex, rank the vertices on the cut above both halves,
/// and do the same inside each half. A contraction order chosen for travel times (<see cref="HierarchyBuilder"/>)
/// suits real road networks, but on a regular street grid it leaves huge cliques at the top that take minutes to
/// customize; cuts of a grid are only as long as its side.
/// </summary>
public static class NestedDissection
{
    private const int LeafSize = 4;

    /// <summary>Rank per vertex (a permutation of 0..n-1); separators rank above the parts they separate.</summary>
    public static int[] Order(RoadGraph g)
    {
        var n = g.VertexCount;
        var (start, neighbours) = Undirected(g);
        var cosLat = n == 0 ? 1 : Math.Cos(g.VertexLat.Average() * Math.PI / 180);
        var rank = new int[n];
        var member = new int[n]; // which part a vertex is in right now (the part's stamp)
        var side = new byte[n];
        var stamp = 0;
        var work = new Stack<(int[] vertices, int low)>();
        work.Push((Enumerable.Range(0, n).ToArray(), 0));
        var keys = new double[n];
        while (work.Count > 0)
        {
            var (part, low) = work.Pop();
            if (part.Length <= LeafSize)
            {
                for (var i = 0; i < part.Length; i++) rank[part[i]] = low + i;
                continue;
            }
            stamp++;
            foreach (var v in part) member[v] = stamp;
            int[]? bestSeparator = null; int[]? bestLeft = null, bestRight = null;
            foreach (var (dx, dy) in Directions)
            {
                var sorted = (int[])part.Clone();
                var k = new double[sorted.Length];
                for (var i = 0; i < sorted.Length; i++) k[i] = dx * g.VertexLon[sorted[i]] * cosLat + dy * g.VertexLat[sorted[i]];
                Array.Sort(k, sorted);
                var half = sorted.Length / 2;
                for (var i = 0; i < sorted.Length; i++) side[sorted[i]] = (byte)(i < half ? 0 : 1);
                // The boundary of either half cuts every crossing road; take the shorter one.
                var leftBoundary = Boundary(sorted.AsSpan(0, half), start, neighbours, member, side, stamp);
                var rightBoundary = Boundary(sorted.AsSpan(half), start, neighbours, member, side, stamp);
                var cut = leftBoundary.Count <= rightBoundary.Count ? leftBoundary : rightBoundary;
                if (bestSeparator is not null && cut.Count >= bestSeparator.Length) continue;
                bestSeparator = [.. cut];
                var inCut = new HashSet<int>(cut);
                bestLeft = sorted.Take(half).Where(v => !inCut.Contains(v)).ToArray();
                bestRight = sorted.Skip(half).Where(v => !inCut.Contains(v)).ToArray();
            }
            var top = low + part.Length - bestSeparator!.Length;
            for (var i = 0; i < bestSeparator.Length; i++) rank[bestSeparator[i]] = top + i;
            work.Push((bestLeft!, low));
            work.Push((bestRight!, low + bestLeft!.Length));
        }
        return rank;
    }

    private static readonly (double dx, double dy)[] Directions = [(1, 0), (0, 1), (Math.Sqrt(0.5), Math.Sqrt(0.5)), (Math.Sqrt(0.5), -Math.Sqrt(0.5))];

    private static List<int> Boundary(ReadOnlySpan<int> half, int[] start, int[] neighbours, int[] member, byte[] side, int stamp)
    {
        var boundary = new List<int>();
        foreach (var v in half)
        {
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var w = neighbours[i];
                if (member[w] == stamp && side[w] != side[v]) { boundary.Add(v); break; }
            }
        }
        return boundary;
    }

    private static (int[] start, int[] neighbours) Undirected(RoadGraph g)
    {
        var n = g.VertexCount;
        var start = new int[n + 1];
        for (var e = 0; e < g.EdgeCount; e++) { start[g.EdgeFrom[e] + 1]++; start[g.EdgeTo[e] + 1]++; }
        for (var v = 0; v < n; v++) start[v + 1] += start[v];
        var fill = (int[])start.Clone();
        var neighbours = new int[start[n]];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            neighbours[fill[g.EdgeFrom[e]]++] = g.EdgeTo[e];
            neighbours[fill[g.EdgeTo[e]]++] = g.EdgeFrom[e];
        }
        return (start, neighbours);
    }
}
