using System.Text.Json.Serialization;

namespace Dispatch.Server.Regions;

/// <summary>The region file (<c>regions/&lt;id&gt;/region.json</c>): which OSM extract, facilities, vehicles and accounts make up a region.</summary>
public sealed record RegionDefinition
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required string Osm { get; init; }
    public required string Facilities { get; init; }
    public required string Vehicles { get; init; }
    public required string Accounts { get; init; }
    public required GeoPoint Center { get; init; }
    public int Zoom { get; init; } = 13;
    public required GeoBounds Bounds { get; init; }
    public string Attribution { get; init; } = "© OpenStreetMap contributors";
}

public sealed record GeoPoint(double Lon, double Lat);

public sealed record GeoBounds(double West, double South, double East, double North)
{
    public bool Contains(double lon, double lat) => lon >= West && lon <= East && lat >= South && lat <= North;

    [JsonIgnore]
    public GeoBounds Expanded => new(West - 0.05, South - 0.05, East + 0.05, North + 0.05);
}
