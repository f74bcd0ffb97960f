using Dispatch.Routing;
using OsmSharp;
using OsmSharp.Streams;

namespace Dispatch.Server.Coverage.Demand;

/// <summary>
/// Where people live, estimated from the region's OpenStreetMap extract: every building counts at its centre (homes
/// three times as much as other buildings), and residential land use adds weight over its area on a 100 m lattice, so
/// a housing estate mapped as an area without its buildings still counts. A proxy for population, not a census.
/// </summary>
public static class OsmPopulation
{
    private const double HomeWeight = 3, BuildingWeight = 1, ResidentialPerHectare = 2, LatticeMeters = 100;
    private static readonly HashSet<string> Homes = ["residential", "apartments", "house", "detached", "dormitory", "terrace", "semidetached_house", "bungalow"];

    public static List<(GeoPoint Point, double Weight)> Read(string pbfPath)
    {
        using var stream = File.OpenRead(pbfPath);
        return Read(new PBFOsmStreamSource(stream));
    }

    public static List<(GeoPoint Point, double Weight)> Read(IEnumerable<OsmGeo> source)
    {
        var nodes = new Dictionary<long, GeoPoint>();
        var weights = new List<(GeoPoint, double)>();
        foreach (var geo in source)
        {
            if (geo is Node { Id: { } id, Longitude: { } lon, Latitude: { } lat }) { nodes[id] = new GeoPoint(lon, lat); continue; }
            if (geo is not Way { Nodes: { Length: >= 3 } refs, Tags: { } tags }) continue;
            var ring = refs.Where(nodes.ContainsKey).Select(r => nodes[r]).ToArray();
            if (ring.Length < 3) continue;
            if (tags.TryGetValue("building", out var building) && building != "no")
                weights.Add((Centroid(ring), Homes.Contains(building) ? HomeWeight : BuildingWeight));
            else if (tags.TryGetValue("landuse", out var landuse) && landuse == "residential" && refs[0] == refs[^1])
                Spread(ring, weights);
        }
        return weights;
    }

    private static GeoPoint Centroid(GeoPoint[] ring) => new(ring.Average(p => p.Lon), ring.Average(p => p.Lat));

    private static void Spread(GeoPoint[] ring, List<(GeoPoint, double)> into)
    {
        double west = ring.Min(p => p.Lon), east = ring.Max(p => p.Lon), south = ring.Min(p => p.Lat), north = ring.Max(p => p.Lat);
        var dLat = LatticeMeters / 111_320d;
        var dLon = LatticeMeters / (111_320d * Math.Cos((south + north) / 2 * Math.PI / 180));
        var perPoint = ResidentialPerHectare * LatticeMeters * LatticeMeters / 10_000;
        var any = false;
        for (var lat = south + dLat / 2; lat < north; lat += dLat)
        for (var lon = west + dLon / 2; lon < east; lon += dLon)
        {
            if (!Inside(ring, lon, lat)) continue;
            into.Add((new GeoPoint(lon, lat), perPoint));
            any = true;
        }
        // An area smaller than the lattice still counts once.
        if (!any) into.Add((Centroid(ring), perPoint));
    }

    private static bool Inside(GeoPoint[] ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i].Lat > y) != (ring[j].Lat > y) &&
                x < (ring[j].Lon - ring[i].Lon) * (y - ring[i].Lat) / (ring[j].Lat - ring[i].Lat) + ring[i].Lon)
                inside = !inside;
        }
        return inside;
    }
}
