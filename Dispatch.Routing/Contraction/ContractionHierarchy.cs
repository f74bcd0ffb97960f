namespace Dispatch.Routing.Contraction;

/// <summary>
/// A contraction hierarchy over a <see cref="Graph.RoadGraph"/>: every vertex has a rank, and a shortest path
/// always climbs then descends in rank, so queries only scan upward arcs from both ends.
/// Edge ids below <see cref="OriginalEdgeCount"/> are the road graph's own edges; above are shortcuts.
/// </summary>
public sealed class ContractionHierarchy
{
    internal ContractionHierarchy(int originalEdgeCount, int[] rank,
        int[] edgeTicks, double[] edgeMeters, int[] childA, int[] childB,
        int[] upStart, int[] upHead, int[] upEdge, int[] downStart, int[] downTail, int[] downEdge)
    {
        OriginalEdgeCount = originalEdgeCount; Rank = rank;
        EdgeTicks = edgeTicks; EdgeMeters = edgeMeters; ChildA = childA; ChildB = childB;
        UpStart = upStart; UpHead = upHead; UpEdge = upEdge;
        DownStart = downStart; DownTail = downTail; DownEdge = downEdge;
        UpTicks = Array.ConvertAll(upEdge, e => edgeTicks[e]);
        DownTicks = Array.ConvertAll(downEdge, e => edgeTicks[e]);
    }

    public int OriginalEdgeCount { get; }
    public int VertexCount => Rank.Length;
    public int ShortcutCount => EdgeTicks.Length - OriginalEdgeCount;

    internal readonly int[] Rank;
    /// <summary>Each edge's and shortcut's travel time in whole <see cref="TravelTicks"/>.</summary>
    internal readonly int[] EdgeTicks;
    internal readonly double[] EdgeMeters;
    /// <summary>For a shortcut, its two halves; for an original edge, ChildB is -1.</summary>
    internal readonly int[] ChildA, ChildB;
    /// <summary>Arcs v→w with rank(w) &gt; rank(v), grouped by v; UpTicks is each arc's time in ticks.</summary>
    internal readonly int[] UpStart, UpHead, UpEdge, UpTicks;
    /// <summary>Arcs u→v with rank(u) &gt; rank(v), grouped by v (scanned backwards from v to u); DownTicks likewise.</summary>
    internal readonly int[] DownStart, DownTail, DownEdge, DownTicks;

    /// <summary>Expands a hierarchy edge into the road edges it stands for, in driving order.</summary>
    internal void Unpack(int chEdge, List<int> into)
    {
        var stack = new Stack<int>();
        stack.Push(chEdge);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (ChildB[e] < 0) { into.Add(e); continue; }
            stack.Push(ChildB[e]);
            stack.Push(ChildA[e]);
        }
    }
}
