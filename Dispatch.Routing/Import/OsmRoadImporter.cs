using Dispatch.Routing.Graph;
using Dispatch.Routing.Profiles;
using OsmSharp;
using OsmSharp.Streams;

namespace Dispatch.Routing.Import;

/// <summary>Turns OSM nodes and ways into a directed <see cref="RoadGraph"/> under a routing profile.</summary>
public static class OsmRoadImporter
{
    public static RoadGraph ImportPbf(string path, RoutingProfile profile)
    {
        using var stream = File.OpenRead(path);
        return Import(new PBFOsmStreamSource(stream), profile);
    }

    public static RoadGraph ImportXml(Stream xml, RoutingProfile profile) => Import(new XmlOsmStreamSource(xml), profile);

    /// <summary>Imports every routable way; call <see cref="LargestComponent.Extract"/> to keep the routable core.</summary>
    public static RoadGraph Import(IEnumerable<OsmGeo> source, RoutingProfile profile)
    {
        var coords = new Dictionary<long, GeoPoint>();
        var ways = new List<RoutableWay>();
        foreach (var geo in source)
        {
            switch (geo)
            {
                case Node { Id: { } id, Longitude: { } lon, Latitude: { } lat }:
                    coords[id] = new GeoPoint(lon, lat);
                    break;
                case Way way when TryRoutable(way, profile, out var routable):
                    ways.Add(routable);
                    break;
            }
        }
        ways.RemoveAll(w => w.Nodes.Any(n => !coords.ContainsKey(n)));
        return Build(ways, coords);
    }

    private static bool TryRoutable(Way way, RoutingProfile profile, out RoutableWay routable)
    {
        routable = default;
        if (way.Id is not { } id || way.Nodes is not { Length: >= 2 } nodes || way.Tags is not { } tags) return false;
        if (!tags.TryGetValue("highway", out var highway) || !profile.TryGetSpeed(highway, out var speed)) return false;
        if (profile.RespectAccess && AccessRule.IsClosedToCars(tags)) return false;
        var (fwd, bwd) = OnewayRule.Directions(tags, highway, profile);
        routable = new RoutableWay(id, nodes, speed, fwd, bwd);
        return true;
    }

    private static RoadGraph Build(List<RoutableWay> ways, Dictionary<long, GeoPoint> coords)
    {
        // A node becomes a vertex where ways meet or end; everything between is shape.
        var uses = new Dictionary<long, int>();
        foreach (var w in ways)
            foreach (var n in w.Nodes) uses[n] = uses.GetValueOrDefault(n) + 1;
        var isVertex = new HashSet<long>();
        foreach (var w in ways) { isVertex.Add(w.Nodes[0]); isVertex.Add(w.Nodes[^1]); }
        foreach (var (n, count) in uses) if (count > 1) isVertex.Add(n);
        // A stretch that leaves a vertex and comes back to it (a closed way, or a stub ending in a loop onto itself)
        // would be a segment from a vertex to itself; its middle node splits it into two. A node used by this way
        // only, so marking it changes no other way's stretches.
        foreach (var w in ways)
        {
            var startIndex = 0;
            for (var i = 1; i < w.Nodes.Length; i++)
            {
                if (!isVertex.Contains(w.Nodes[i])) continue;
                if (w.Nodes[startIndex] == w.Nodes[i] && i - startIndex >= 2) isVertex.Add(w.Nodes[(startIndex + i) / 2]);
                startIndex = i;
            }
        }

        var builder = new RoadGraphBuilder();
        var vertexOf = new Dictionary<long, int>();
        int VertexOf(long n)
        {
            if (vertexOf.TryGetValue(n, out var v)) return v;
            var p = coords[n];
            v = builder.AddVertex(p.Lon, p.Lat);
            vertexOf[n] = v;
            return v;
        }

        var shape = new List<GeoPoint>();
        foreach (var w in ways)
        {
            var startIndex = 0;
            for (var i = 1; i < w.Nodes.Length; i++)
            {
                if (!isVertex.Contains(w.Nodes[i])) continue;
                if (w.Nodes[startIndex] != w.Nodes[i])
                {
                    shape.Clear();
                    for (var k = startIndex; k <= i; k++) shape.Add(coords[w.Nodes[k]]);
                    builder.AddSegment(w.Id, VertexOf(w.Nodes[startIndex]), VertexOf(w.Nodes[i]), shape, w.SpeedKmh, w.Forward, w.Backward);
                }
                startIndex = i;
            }
        }
        return builder.Build();
    }

    private readonly record struct RoutableWay(long Id, long[] Nodes, double SpeedKmh, bool Forward, bool Backward);
}
