using Dispatch.Server.Basemap.Geometry;

namespace Dispatch.Server.Basemap.Features;

/// <summary>A named street as one long line (its OSM ways chained), which is where its label goes.</summary>
public sealed class StreetLine(string name, FeatureKind kind, WorldPoint[] points)
{
    public string Name { get; } = name;

    public FeatureKind Kind { get; } = kind;

    public WorldPoint[] Points { get; } = points;

    public WorldRect Bounds { get; } = WorldRect.Of(points);
}
