namespace Dispatch.Routing.Graph;

/// <summary>Great-circle distance on the sphere used for every length in the graph.</summary>
public static class Haversine
{
    public const double EarthRadiusMeters = 6_371_000d;

    public static double Meters(double lon1, double lat1, double lon2, double lat2)
    {
        const double toRad = Math.PI / 180d;
        var dLat = (lat2 - lat1) * toRad;
        var dLon = (lon2 - lon1) * toRad;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(lat1 * toRad) * Math.Cos(lat2 * toRad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1d, Math.Sqrt(a)));
    }

    public static double Meters(GeoPoint a, GeoPoint b) => Meters(a.Lon, a.Lat, b.Lon, b.Lat);
}
