namespace Dispatch.Routing.Snapping;

/// <summary>
/// Where a query point lands on the road network: a position part-way along a segment,
/// <paramref name="Fraction"/> of its length from the segment's first coordinate.
/// </summary>
public sealed record SnapResult(GeoPoint Query, GeoPoint Snapped, double DistanceMeters, int Segment, double Fraction, long WayId);
