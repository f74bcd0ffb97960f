namespace Dispatch.Routing.Closures;

/// <summary>
/// A dispatcher's road closure: every road within <see cref="RadiusMeters"/> of a point or polyline, and/or
/// explicit directed edge ids. The id lets the dispatcher lift it again.
/// </summary>
public sealed record RoadClosure
{
    public required string Id { get; init; }
    public IReadOnlyList<GeoPoint> Line { get; init; } = [];
    public double RadiusMeters { get; init; }
    public IReadOnlyList<int> EdgeIds { get; init; } = [];
    public string? Reason { get; init; }

    public static RoadClosure AroundPoint(string id, GeoPoint point, double radiusMeters, string? reason = null) =>
        new() { Id = id, Line = [point], RadiusMeters = radiusMeters, Reason = reason };

    public static RoadClosure AlongLine(string id, IReadOnlyList<GeoPoint> line, double radiusMeters, string? reason = null) =>
        new() { Id = id, Line = line, RadiusMeters = radiusMeters, Reason = reason };

    public static RoadClosure OfEdges(string id, IReadOnlyList<int> edgeIds, string? reason = null) =>
        new() { Id = id, EdgeIds = edgeIds, Reason = reason };
}
