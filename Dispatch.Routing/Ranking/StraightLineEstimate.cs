using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Ranking;

/// <summary>
/// Fallback when the deadline is up: crow-flies distance stretched by a typical road detour, at a modest urban speed.
/// Deliberately pessimistic so an estimated candidate does not jump ahead of a routed one by luck.
/// </summary>
public static class StraightLineEstimate
{
    public const double DetourFactor = 1.4;
    public const double SpeedKmh = 30;

    public static TravelTime Between(GeoPoint a, GeoPoint b)
    {
        var meters = Haversine.Meters(a, b) * DetourFactor;
        return new TravelTime(TravelStatus.Reached, (long)Math.Round(meters / (SpeedKmh / 3.6) * TravelTicks.PerSecond), meters);
    }
}
