namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// Travel time guessed from great-circle distance with a detour factor and an average ambulance speed: what a ranking
/// answers for a hospital the road search could not reach before its deadline (the answer is marked approximate).
/// </summary>
public static class StraightLineEstimate
{
    private const double DetourFactor = 1.4;
    private const double AverageKmPerHour = 45;

    public static double Minutes(double lon1, double lat1, double lon2, double lat2) =>
        Km(lon1, lat1, lon2, lat2) / AverageKmPerHour * 60;

    /// <summary>Great-circle distance times a detour factor: roughly what the road distance would be.</summary>
    public static double Km(double lon1, double lat1, double lon2, double lat2)
    {
        const double earthKm = 6371.0;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        var km = 2 * earthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        return km * DetourFactor;
    }
}
