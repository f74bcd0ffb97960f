namespace Dispatch.Routing.Ranking;

/// <summary>What vehicle the patient needs, and when a reported position is too old to trust.</summary>
public sealed record VehicleRequest
{
    public required GeoPoint Patient { get; init; }
    /// <summary>Acceptable kinds; empty accepts every kind.</summary>
    public IReadOnlyList<VehicleKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> RequiredEquipment { get; init; } = [];
    public TimeSpan MaxPositionAge { get; init; } = TimeSpan.FromMinutes(2);
    /// <summary>The time the staleness check is measured from (pass the server clock).</summary>
    public required DateTimeOffset Now { get; init; }
    public double? MaxMinutes { get; init; }
}
