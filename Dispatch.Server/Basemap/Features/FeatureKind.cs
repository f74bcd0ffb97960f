namespace Dispatch.Server.Basemap.Features;

/// <summary>What a map feature is, in painting order: areas first, then lines, then roads from least to most important.</summary>
public enum FeatureKind
{
    Park,
    Forest,
    Water,
    Building,
    Stream,
    River,
    Railway,
    Path,
    Service,
    Minor,
    Tertiary,
    Secondary,
    Primary,
    Trunk,
    Motorway,
}

public static class FeatureKindExtensions
{
    public static bool IsRoad(this FeatureKind kind) => kind >= FeatureKind.Path;

    public static bool IsArea(this FeatureKind kind) => kind <= FeatureKind.Building;
}
