using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Queries;

/// <summary>
/// A found route as road edges in driving order. The first edge is left from the snapped origin, the last is entered
/// towards the snapped destination; a single edge means both points lie on it.
/// </summary>
public sealed record RoutePath(SnapResult From, SnapResult To, TravelTime Time, IReadOnlyList<int> Edges);
