namespace Dispatch.Server.Records.Tracks;

/// <summary>One recorded position of a vehicle on a mission.</summary>
public sealed record TrackPoint(string VehicleId, DateTimeOffset At, double Lon, double Lat, double? SpeedKmh, double? HeadingDeg);
