using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Snapping;

/// <summary>Equirectangular metres around a reference point: accurate to well under a metre over a few km.</summary>
internal readonly struct LocalProjection(double lon0, double lat0)
{
    private const double MetersPerDegree = Haversine.EarthRadiusMeters * Math.PI / 180d;
    private readonly double _kx = MetersPerDegree * Math.Cos(lat0 * Math.PI / 180d);

    public (double x, double y) Project(double lon, double lat) => ((lon - lon0) * _kx, (lat - lat0) * MetersPerDegree);

    public static double DegreesLat(double meters) => meters / MetersPerDegree;

    public static double DegreesLon(double meters, double lat) => meters / (MetersPerDegree * Math.Max(0.01, Math.Cos(lat * Math.PI / 180d)));
}
