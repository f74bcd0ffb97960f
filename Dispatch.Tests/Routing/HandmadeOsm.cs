using Dispatch.Routing;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Import;
using OsmSharp;
using OsmSharp.Streams;

namespace Dispatch.Tests.Routing;

/// <summary>The small hand-made OSM files in Dispatch.Tests/Data/osm/handmade, read as OSM elements or as an engine.</summary>
internal static class HandmadeOsm
{
    public static string PathOf(string name) => Path.Combine(RoutingTestData.RepoRoot, "Dispatch.Tests", "Data", "osm", "handmade", name);

    public static List<OsmGeo> Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return [.. new XmlOsmStreamSource(stream)];
    }

    public static RoutingEngine Engine(IEnumerable<OsmGeo> items) =>
        RoutingEngine.FromGraph(OsmRoadImporter.Import(items, RoutingTestData.CarProfile), RoutingTestData.CarProfile,
            new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 300 });

    public static GeoPoint NodeAt(IEnumerable<OsmGeo> items, long id) =>
        items.OfType<Node>().Where(n => n.Id == id).Select(n => new GeoPoint(n.Longitude!.Value, n.Latitude!.Value)).Single();

    /// <summary>Milliseconds to drive along the given nodes at a speed, worked out by hand from the coordinates.</summary>
    public static double Millis(double kmh, params GeoPoint[] along)
    {
        var meters = 0d;
        for (var i = 1; i < along.Length; i++) meters += Haversine.Meters(along[i - 1], along[i]);
        return meters / (kmh / 3.6) * 1000;
    }
}
