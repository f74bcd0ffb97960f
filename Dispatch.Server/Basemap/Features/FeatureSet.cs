using Dispatch.Server.Basemap.Geometry;

namespace Dispatch.Server.Basemap.Features;

/// <summary>Everything the basemap draws for one region, spatially indexed. Immutable and thread-safe once built.</summary>
public sealed class FeatureSet
{
    private readonly SpatialGrid<MapFeature> _features = new();
    private readonly SpatialGrid<StreetLine> _streets = new();

    public FeatureSet(IEnumerable<MapFeature> features, IEnumerable<StreetLine> streets)
    {
        // Painter's order: the grid returns items in insertion order, so insert sorted by kind.
        foreach (var f in features.OrderBy(f => f.Kind))
        {
            _features.Add(f, f.Bounds);
            Bounds = Bounds.Union(f.Bounds);
        }

        foreach (var s in streets.OrderByDescending(s => s.Kind).ThenByDescending(s => s.Points.Length))
            _streets.Add(s, s.Bounds);
    }

    public static FeatureSet Empty { get; } = new([], []);

    /// <summary>The extent of all features; tiles outside it are plain background.</summary>
    public WorldRect Bounds { get; } = WorldRect.Empty;

    public int FeatureCount => _features.Count;

    public int StreetCount => _streets.Count;

    /// <summary>Features touching <paramref name="area"/>, in painting order.</summary>
    public List<MapFeature> FeaturesIn(WorldRect area) => _features.Query(area);

    /// <summary>Named streets touching <paramref name="area"/>, most important first.</summary>
    public List<StreetLine> StreetsIn(WorldRect area) => _streets.Query(area);
}
