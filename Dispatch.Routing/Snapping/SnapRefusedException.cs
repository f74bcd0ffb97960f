namespace Dispatch.Routing.Snapping;

/// <summary>Thrown when no routable road lies within the allowed snapping distance of a point.</summary>
public sealed class SnapRefusedException(GeoPoint point, double maxMeters)
    : Exception(FormattableString.Invariant($"No routable road within {maxMeters:F0} m of {point}."))
{
    public GeoPoint Point { get; } = point;
    public double MaxMeters { get; } = maxMeters;
}
