namespace Dispatch.Server.Fleet;

/// <summary>What a vehicle device sends over the hub. The vehicle is taken from the device's token; a report naming another vehicle is refused.</summary>
public sealed record PositionReport(
    double Lon,
    double Lat,
    DateTimeOffset Timestamp,
    double? SpeedKmh = null,
    double? HeadingDeg = null,
    string? VehicleId = null);

/// <summary>An accepted position, as stored in Redis and pushed to dispatchers.</summary>
public sealed record VehiclePosition(string VehicleId, double Lon, double Lat, double SpeedKmh, double HeadingDeg, DateTimeOffset Timestamp);
