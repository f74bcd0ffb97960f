namespace Dispatch.Server.Coverage.MoveUps;

public sealed record MoveUpRequest(string? VehicleId, string? PostId);

/// <summary>
/// A vehicle sent to wait at a standby post: sent to its device (hub event <c>Relocate</c>) with the road route to
/// drive, as [lon, lat] pairs, and kept until the crew reports arrival.
/// </summary>
public sealed record Relocation(
    string VehicleId, string PostId, string PostName, string? PostNameEn, double Lon, double Lat,
    double Seconds, double Meters, double[][] Route, string SentBy, DateTimeOffset At);

/// <summary>A move-up that cannot be made, with the HTTP status that says why.</summary>
public sealed class MoveUpRefusal(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
