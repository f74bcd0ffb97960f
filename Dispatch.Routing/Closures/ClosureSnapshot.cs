namespace Dispatch.Routing.Closures;

/// <summary>An immutable view of the closures in force; queries read one snapshot so they never see half an update.</summary>
public sealed class ClosureSnapshot
{
    public static readonly ClosureSnapshot Empty = new([], null, 0);

    internal ClosureSnapshot(IReadOnlyList<(RoadClosure closure, int[] edges)> active, bool[]? closedEdges, int closedCount)
    {
        Active = active;
        ClosedEdges = closedEdges;
        ClosedEdgeCount = closedCount;
    }

    public IReadOnlyList<(RoadClosure closure, int[] edges)> Active { get; }
    /// <summary>Per directed edge, true when closed; null when nothing is closed.</summary>
    internal bool[]? ClosedEdges { get; }
    public int ClosedEdgeCount { get; }
    public bool IsEmpty => ClosedEdges is null;

    public bool IsClosed(int edge) => ClosedEdges is not null && ClosedEdges[edge];
}
