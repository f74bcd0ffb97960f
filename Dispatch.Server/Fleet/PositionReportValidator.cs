using Dispatch.Server.Regions;

namespace Dispatch.Server.Fleet;

/// <summary>Rejects reports that would put a vehicle somewhere impossible: outside the world or the region, or at a time the device cannot know.</summary>
public sealed class PositionReportValidator(Region region, TimeProvider clock, IConfiguration config)
{
    private readonly TimeSpan _maxFuture = TimeSpan.FromSeconds(config.GetValue("Fleet:MaxClockSkewSeconds", 30));
    private readonly TimeSpan _maxAge = TimeSpan.FromMinutes(config.GetValue("Fleet:MaxReportAgeMinutes", 10));

    /// <returns>null when the report is acceptable, otherwise the reason it is refused.</returns>
    public string? Check(PositionReport? report)
    {
        if (report is null) return "A position report is required.";
        if (!double.IsFinite(report.Lon) || report.Lon is < -180 or > 180) return "Longitude must be a number between -180 and 180.";
        if (!double.IsFinite(report.Lat) || report.Lat is < -90 or > 90) return "Latitude must be a number between -90 and 90.";
        if (!region.Definition.Bounds.Expanded.Contains(report.Lon, report.Lat))
            return $"Position ({report.Lon}, {report.Lat}) is outside the region {region.Definition.Id}.";
        if (report.SpeedKmh is { } s && (!double.IsFinite(s) || s is < 0 or > 300)) return "Speed must be between 0 and 300 km/h.";
        if (report.HeadingDeg is { } h && (!double.IsFinite(h) || h is < 0 or >= 360)) return "Heading must be between 0 and 360 degrees.";
        var now = clock.GetUtcNow();
        if (report.Timestamp > now + _maxFuture) return "Timestamp is in the future; check the device clock.";
        if (report.Timestamp < now - _maxAge) return "Timestamp is too old to be a live position.";
        return null;
    }
}
