namespace Dispatch.Routing.Contraction;

/// <summary>
/// A contraction hierarchy over a <see cref="Graph.RoadGraph"/>: every vertex has a rank, and a shortest path
/// always climbs then descends in rank, so queries only scan upward arcs from both ends.
/// Edge ids below <see cref="OriginalEdgeCount"/> are the road graph's own edges; above are shortcuts.
/// </summary>
public sealed class ContractionHierarchy
{
    internal ContractionHierarchy(int originalEdgeCount, int[] rank,
        int[] edgeMillis, double[] edgeMeters, int[] childA, int[] childB,
        int[] upStart, int[] upHead, int[] upEdge, int[] downStart, int[] downTail, int[] downEdge)
    {
        OriginalEdgeCount = originalEdgeCount; Rank = rank;
        EdgeMillis = edgeMillis; EdgeMeters = edgeMeters; ChildA = childA; ChildB = childB;
        UpStart = upStart; UpHead = upHead; UpEdge = upEdge;
        DownStart = downStart; DownTail = downTail; DownEdge = downEdge;
        UpMillis = Array.ConvertAll(upEdge, e => edgeMillis[e]);
        DownMillis = Array.ConvertAll(downEdge, e => edgeMillis[e]);
    }

    public int OriginalEdgeCount { get; }
    public int VertexCount => Rank.Length;
    public int ShortcutCount => EdgeMillis.Length - OriginalEdgeCount;

    internal readonly int[] Rank;
    internal readonly int[] EdgeMillis;
    internal readonly double[] EdgeMeters;
    /// <summary>For a shortcut, its two halves; for an original edge, ChildB is -1.</summary>
    internal readonly int[] ChildA, ChildB;
    /// <summary>Arcs v→w with rank(w) &gt; rank(v), grouped by v.</summary>
    internal readonly int[] UpStart, UpHead, UpEdge, UpMillis;
    /// <summary>Arcs u→v with rank(u) &gt; rank(v), grouped by v (scanned backwards from v to u).</summary>
    internal readonly int[] DownStart, DownTail, DownEdge, DownMillis;

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
