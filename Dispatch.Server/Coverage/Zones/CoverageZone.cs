using Dispatch.Routing;

namespace Dispatch.Server.Coverage.Zones;

/// <summary>
/// A township or community (the area served by one grassroots health centre) with its response target and the outer
/// edge of its second band, in milliseconds of road time.
/// </summary>
public sealed record CoverageZone(string Id, string Name, string? NameEn, bool Township, GeoPoint Centre, int TargetMillis, int OuterBandMillis)
{
    public double TargetMinutes => TargetMillis / 60_000d;
}
