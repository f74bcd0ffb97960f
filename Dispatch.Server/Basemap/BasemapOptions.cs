namespace Dispatch.Server.Basemap;

/// <summary>Settings for the offline basemap; <c>FontPath</c>, <c>CacheTiles</c> and <c>MaxAgeSeconds</c> bind from the <c>Basemap</c> configuration section.</summary>
public sealed class BasemapOptions
{
    public const string Section = "Basemap";

    /// <summary>The region's .osm.pbf extract.</summary>
    public required string OsmPath { get; init; }

    /// <summary>A CJK font file tried before the usual system locations.</summary>
    public string? FontPath { get; init; }

    /// <summary>How many encoded tiles to keep in memory (about 10–40 KB each).</summary>
    public int CacheTiles { get; init; } = 2000;

    /// <summary>Browser cache lifetime for a tile; the data only changes when the region file does.</summary>
    public int MaxAgeSeconds { get; init; } = 86400;
}
