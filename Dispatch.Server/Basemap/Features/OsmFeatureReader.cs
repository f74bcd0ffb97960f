using Dispatch.Server.Basemap.Geometry;
using Dispatch.Server.Basemap.Tiles;
using OsmSharp;
using OsmSharp.Streams;
using OsmSharp.Tags;

namespace Dispatch.Server.Basemap.Features;

/// <summary>Reads an .osm.pbf extract once into a <see cref="FeatureSet"/>.</summary>
public static class OsmFeatureReader
{
    public static FeatureSet Read(string pbfPath)
    {
        using var stream = File.OpenRead(pbfPath);
        return Read(new PBFOsmStreamSource(stream));
    }

    public static FeatureSet Read(IEnumerable<OsmGeo> source)
    {
        var nodes = new Dictionary<long, WorldPoint>();
        // Untagged ways may still be multipolygon members, which come later in the stream.
        var wayNodes = new Dictionary<long, long[]>();
        var features = new List<MapFeature>();
        var named = new Dictionary<string, (FeatureKind Kind, List<long[]> Ways)>();

        foreach (var geo in source)
        {
            switch (geo)
            {
                case Node { Id: { } id, Longitude: { } lon, Latitude: { } lat }:
                    nodes[id] = WebMercator.Project(lon, lat);
                    break;
                case Way { Id: { } id, Nodes: { Length: >= 2 } refs } way:
                    wayNodes[id] = refs;
                    AddWay(way, refs, nodes, features, named);
                    break;
                case Relation relation:
                    AddMultipolygon(relation, wayNodes, nodes, features);
                    break;
            }
        }

        return new FeatureSet(features, StreetLines(named, nodes));
    }

    private static void AddWay(Way way, long[] refs, Dictionary<long, WorldPoint> nodes, List<MapFeature> features,
        Dictionary<string, (FeatureKind Kind, List<long[]> Ways)> named)
    {
        if (FeatureClassifier.Classify(way.Tags) is not { } c) return;
        var closed = refs[0] == refs[^1];
        if (c.Kind.IsArea() && !closed) return;
        var points = Resolve(refs, nodes);
        if (points.Length < 2) return;

        var name = NameOf(way.Tags);
        features.Add(new MapFeature(c.Kind, [points], name, c.IsLink));

        if (c.Kind.IsRoad() && name is not null && !c.IsLink)
        {
            if (!named.TryGetValue(name, out var entry)) named[name] = entry = (c.Kind, []);
            entry.Ways.Add(refs);
            if (c.Kind > entry.Kind) named[name] = (c.Kind, entry.Ways);
        }
    }

    private static void AddMultipolygon(Relation relation, Dictionary<long, long[]> wayNodes,
        Dictionary<long, WorldPoint> nodes, List<MapFeature> features)
    {
        if (relation.Members is null || !Is(relation.Tags, "type", "multipolygon")) return;
        if (FeatureClassifier.Classify(relation.Tags) is not { } c || !c.Kind.IsArea()) return;

        var members = relation.Members
            .Where(m => m.Type == OsmGeoType.Way && wayNodes.ContainsKey(m.Id))
            .Select(m => wayNodes[m.Id]);
        var rings = WayChainer.Chain(members)
            .Where(WayChainer.IsClosed)
            .Select(r => Resolve(r, nodes))
            .Where(r => r.Length >= 4)
            .ToList();
        if (rings.Count > 0) features.Add(new MapFeature(c.Kind, rings, NameOf(relation.Tags)));
    }

    private static IEnumerable<StreetLine> StreetLines(Dictionary<string, (FeatureKind Kind, List<long[]> Ways)> named,
        Dictionary<long, WorldPoint> nodes)
    {
        foreach (var (name, (kind, ways)) in named)
            foreach (var chain in WayChainer.Chain(ways))
            {
                var points = Resolve(chain, nodes);
                if (points.Length >= 2) yield return new StreetLine(name, kind, points);
            }
    }

    /// <summary>Chinese name first (what a Chengdu dispatcher reads), then the English one.</summary>
    private static string? NameOf(TagsCollectionBase? tags) =>
        tags is null ? null
        : tags.TryGetValue("name", out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim()
        : tags.TryGetValue("name:zh", out var zh) && !string.IsNullOrWhiteSpace(zh) ? zh.Trim()
        : tags.TryGetValue("name:en", out var en) && !string.IsNullOrWhiteSpace(en) ? en.Trim()
        : null;

    private static WorldPoint[] Resolve(IEnumerable<long> refs, Dictionary<long, WorldPoint> nodes)
    {
        var points = new List<WorldPoint>();
        foreach (var r in refs)
            if (nodes.TryGetValue(r, out var p)) points.Add(p);
        return points.ToArray();
    }

    private static bool Is(TagsCollectionBase? tags, string key, string value) =>
        tags is not null && tags.TryGetValue(key, out var v) && v == value;
}
