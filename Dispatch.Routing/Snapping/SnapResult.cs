namespace Dispatch.Routing.Snapping;

/// <summary>
/// Where a query point lands on the road network: a position part-way along a segment,
/// <paramref name="Fraction"/> of its length from the segment's first coordinate.
/// </summary>
public sealed record SnapResult(GeoPoint Query, GeoPoint Snapped, double DistanceMeters, int Segment, double Fraction, long WayId)
{
    /// <summary>
    /// Other roads with a node on the very same spot (separate OSM nodes at one position, which the importer does not
    /// join): the point is on each of them, so searches start or end on all of them.
    /// </summary>
    public IReadOnlyList<SnapResult> Ties { get; init; } = [];

    /// <summary>This snap and its ties.</summary>
    public IEnumerable<SnapResult> All
    {
        get
        {
            yield return this;
            foreach (var t in Ties) yield return t;
        }
    }
}
