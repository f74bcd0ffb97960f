using Dispatch.Routing;
using Dispatch.Routing.Profiles;

namespace Dispatch.Tests.Routing;

/// <summary>Locates the real OSM extracts and shares one prepared Chengdu engine across fixtures.</summary>
internal static class RoutingTestData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ChengduPbf => Path.Combine(RepoRoot, "regions", "chengdu", "chengdu_center_2018.osm.pbf");

    /// <summary>The larger extract, kept in the repository (Dispatch.Tests/Data/osm, ODbL) so a clean clone needs nothing beside it.</summary>
    public static string HeidelbergPbf => Path.Combine(RepoRoot, "Dispatch.Tests", "Data", "osm", "heidelberg_ors_test.osm.pbf");

    public static RoutingProfile CarProfile { get; } = RoutingProfile.Parse("""
        { "name": "car", "speedsKmh": { "motorway": 100, "trunk": 80, "primary": 60, "secondary": 50, "tertiary": 40,
          "unclassified": 30, "residential": 30, "service": 15 }, "impliedOneway": true, "respectAccess": true }
        """);

    private static readonly Lazy<RoutingEngine> LazyChengdu = new(() =>
        RoutingEngine.Open(ChengduPbf, CarProfile, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 500 }));

    /// <summary>Shared, so tests that add closures must lift them again.</summary>
    public static RoutingEngine Chengdu => LazyChengdu.Value;

    /// <summary>A fresh engine for tests that change closures, so parallel fixtures never see them.</summary>
    public static RoutingEngine FreshChengdu() =>
        RoutingEngine.Open(ChengduPbf, CarProfile, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 500 });

    private static readonly Lazy<RoutingEngine> LazyChengduAmbulance = new(() =>
        RoutingEngine.Open(ChengduPbf, DefaultProfiles.Ambulance, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 1000 }));

    private static readonly Lazy<RoutingEngine> LazyHeidelbergAmbulance = new(() =>
        RoutingEngine.Open(HeidelbergPbf, DefaultProfiles.Ambulance, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 1000 }));

    /// <summary>The shipped ambulance profile (with *_link roads), as the route verb uses it; shared, so never add closures.</summary>
    public static RoutingEngine ChengduAmbulance => LazyChengduAmbulance.Value;

    /// <summary>The larger extract under the shipped ambulance profile; shared, so never add closures.</summary>
    public static RoutingEngine HeidelbergAmbulance => LazyHeidelbergAmbulance.Value;

    /// <summary>Points near real graph vertices, nudged so they land part-way along edges.</summary>
    public static List<GeoPoint> RandomPoints(RoutingEngine engine, int count, int seed)
    {
        var rng = new Random(seed);
        var points = new List<GeoPoint>(count);
        for (var i = 0; i < count; i++)
        {
            var v = engine.Graph.Vertex(rng.Next(engine.Graph.VertexCount));
            points.Add(new GeoPoint(v.Lon + (rng.NextDouble() - 0.5) * 0.002, v.Lat + (rng.NextDouble() - 0.5) * 0.002));
        }
        return points;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dispatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Could not find the repository root (Dispatch.sln) above the test directory.");
    }
}
