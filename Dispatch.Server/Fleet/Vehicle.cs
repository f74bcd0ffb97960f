namespace Dispatch.Server.Fleet;

/// <summary>A vehicle of the region's registry: an ambulance (120 centre or township) or a lent non-emergency vehicle.</summary>
public sealed record Vehicle
{
    public required string Id { get; init; }
    public required string CallSign { get; init; }
    /// <summary>The call sign in English ("EMS 01" for "急救01"), shown in the English console; null: the console derives one.</summary>
    public string? CallSignEn { get; init; }
    /// <summary>"ambulance" or "nonEmergency".</summary>
    public required string Kind { get; init; }
    public required string Type { get; init; }
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public int? Seats { get; init; }
    public required string StationName { get; init; }
    public string? StationNameEn { get; init; }
    public required Regions.GeoPoint Station { get; init; }
    public string? HomeFacilityId { get; init; }
}

public static class VehicleKinds
{
    public const string Ambulance = "ambulance";
    public const string NonEmergency = "nonEmergency";
}
