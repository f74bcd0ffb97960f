using Dispatch.Server.Basemap.Geometry;

namespace Dispatch.Server.Basemap.Features;

/// <summary>
/// One drawable thing from OSM. Lines have one part; areas have one or more rings,
/// filled even-odd so that the inner rings of a multipolygon become holes.
/// </summary>
public sealed class MapFeature
{
    public MapFeature(FeatureKind kind, IReadOnlyList<WorldPoint[]> parts, string? name = null, bool isLink = false)
    {
        Kind = kind;
        Parts = parts;
        Name = name;
        IsLink = isLink;
        var bounds = WorldRect.Empty;
        foreach (var part in parts) bounds = bounds.Union(WorldRect.Of(part));
        Bounds = bounds;
    }

    public FeatureKind Kind { get; }

    public IReadOnlyList<WorldPoint[]> Parts { get; }

    public string? Name { get; }

    /// <summary>A motorway/trunk/primary… slip road: drawn thinner than its class.</summary>
    public bool IsLink { get; }

    public WorldRect Bounds { get; }
}
