namespace Dispatch.Server.Coverage.MoveUps;

public sealed record MoveUpRequest(string? VehicleId, string? PostId);

/// <summary>
/// A vehicle sent to wait at a standby post: sent to its device (hub event <c>Relocate</c>) with the road route to
/// drive, as [lon, lat] pairs, and kept until the crew reports arrival.
/// </summary>
public sealed record Relocation(
    string VehicleId, string PostId, string PostName, string? PostNameEn, double Lon, double Lat,
    double Seconds, double Meters, double[][] Route, string SentBy, DateTimeOffset At);

/// <summary>A move-up that cannot be made: a refusal of the one model, with a title naming why.</summary>
public sealed class MoveUpRefusal(Commands.RefusalKind kind, string code, string title, string detail) : Commands.Refusal(kind, code, detail)
{
    public override string? Title => title;
}
