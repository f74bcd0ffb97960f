namespace Dispatch.Routing;

/// <summary>A WGS84 position, longitude first as in GeoJSON.</summary>
public readonly record struct GeoPoint(double Lon, double Lat)
{
    public override string ToString() => FormattableString.Invariant($"({Lon:F6}, {Lat:F6})");
}
