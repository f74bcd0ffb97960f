using OsmSharp.Tags;

namespace Dispatch.Server.Basemap.Features;

/// <summary>Decides from OSM tags whether (and as what) a way or multipolygon is drawn.</summary>
public static class FeatureClassifier
{
    public readonly record struct Classification(FeatureKind Kind, bool IsLink);

    public static Classification? Classify(TagsCollectionBase? tags)
    {
        if (tags is null || tags.Count == 0) return null;

        if (tags.TryGetValue("highway", out var highway)) return Road(highway, tags);
        if (tags.TryGetValue("railway", out var railway)) return Rail(railway, tags);
        if (tags.TryGetValue("waterway", out var waterway)) return Waterway(waterway);
        if (Is(tags, "natural", "water") || Is(tags, "landuse", "reservoir") || Is(tags, "landuse", "basin"))
            return new(FeatureKind.Water, false);
        if (Is(tags, "natural", "wood") || Is(tags, "landuse", "forest")) return new(FeatureKind.Forest, false);
        if (IsGreen(tags)) return new(FeatureKind.Park, false);
        if (tags.TryGetValue("building", out var building) && building != "no") return new(FeatureKind.Building, false);
        return null;
    }

    private static Classification? Road(string highway, TagsCollectionBase tags)
    {
        // Areas tagged as roads (squares, rest areas) would stroke their outline as if it were a street.
        if (Is(tags, "area", "yes")) return null;
        var isLink = highway.EndsWith("_link", StringComparison.Ordinal);
        var kind = (isLink ? highway[..^5] : highway) switch
        {
            "motorway" => FeatureKind.Motorway,
            "trunk" => FeatureKind.Trunk,
            "primary" => FeatureKind.Primary,
            "secondary" => FeatureKind.Secondary,
            "tertiary" => FeatureKind.Tertiary,
            "residential" or "unclassified" or "living_street" or "road" => FeatureKind.Minor,
            "service" => FeatureKind.Service,
            "footway" or "path" or "pedestrian" or "steps" or "cycleway" or "track" or "bridleway" => FeatureKind.Path,
            _ => (FeatureKind?)null,
        };
        return kind is { } k ? new(k, isLink) : null;
    }

    private static Classification? Rail(string railway, TagsCollectionBase tags)
    {
        // Underground metro lines would draw over streets that the dispatcher actually drives.
        if (Is(tags, "tunnel", "yes") || railway == "subway") return null;
        return railway is "rail" or "light_rail" or "narrow_gauge" or "tram" or "monorail"
            ? new(FeatureKind.Railway, false)
            : null;
    }

    private static Classification? Waterway(string waterway) => waterway switch
    {
        "riverbank" or "dock" => new(FeatureKind.Water, false),
        "river" or "canal" => new(FeatureKind.River, false),
        "stream" or "drain" or "ditch" => new(FeatureKind.Stream, false),
        _ => null,
    };

    private static bool IsGreen(TagsCollectionBase tags) =>
        (tags.TryGetValue("leisure", out var leisure) && leisure is "park" or "garden" or "playground" or "nature_reserve" or "pitch" or "golf_course")
        || (tags.TryGetValue("landuse", out var landuse) && landuse is "grass" or "meadow" or "recreation_ground" or "village_green" or "cemetery" or "orchard")
        || (tags.TryGetValue("natural", out var natural) && natural is "scrub" or "grassland" or "heath");

    private static bool Is(TagsCollectionBase tags, string key, string value) =>
        tags.TryGetValue(key, out var v) && v == value;
}
