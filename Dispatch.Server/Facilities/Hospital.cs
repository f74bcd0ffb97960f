namespace Dispatch.Server.Facilities;

/// <summary>An upper-level hospital that can receive referred patients. Capabilities, level and beds come from the region's facilities file (they are not in OSM).</summary>
public sealed record Hospital
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required string Level { get; init; }
    public IReadOnlyList<string> Capabilities { get; init; } = [];
    public IReadOnlyDictionary<string, int> Beds { get; init; } = new Dictionary<string, int>();
    public bool OnDiversion { get; init; }
}

/// <summary>A township or community health centre or village clinic, where doctors identify patients and request transfers.</summary>
public sealed record GrassrootsFacility
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required string Kind { get; init; }
}
