using Dispatch.Routing;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Synthetic;
using Dispatch.Server.Coverage;
using Dispatch.Server.Coverage.Grid;
using Dispatch.Server.Coverage.Live;
using Dispatch.Server.Coverage.Maths;
using Dispatch.Server.Coverage.Posts;
using Dispatch.Server.Coverage.Zones;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// A generated city of about 4 x 4 km (one-way streets, missing links, arterials), a 400 m grid, two zones (a community
/// in the south-west, a township in the north-east), uneven demand, and ambulances and posts at random junctions.
/// </summary>
internal sealed class SmallCity
{
    public RoutingEngine Engine { get; }
    public CoverageGrid Grid { get; }
    public ZonePlan Zones { get; }
    public IReadOnlyList<GeoPoint> Posts { get; }

    public SmallCity(int seed = 7)
    {
        var plan = new SyntheticCityPlan(1200, seed) { BlockMeters = 120 };
        Engine = RoutingEngine.FromGraph(SyntheticRoadNetwork.Generate(plan), DefaultProfiles.Ambulance);
        var (west, south, east, north) = Extent(Engine);
        Zones = new ZonePlan([
            new CoverageZone("community", "社区", "Community", false, new GeoPoint(west + (east - west) * 0.25, south + (north - south) * 0.25), 60_000, 100_000),
            new CoverageZone("township", "乡镇", "Township", true, new GeoPoint(west + (east - west) * 0.8, south + (north - south) * 0.8), 90_000, 150_000),
        ]);
        var rng = new Random(seed);
        var people = Enumerable.Range(0, 600).Select(_ => (new GeoPoint(west + rng.NextDouble() * (east - west), south + rng.NextDouble() * (north - south)), 1 + rng.NextDouble() * 4)).ToList();
        Grid = CoverageGrid.Build(Engine, 400, (west, south, east, north), Zones, people);
        Posts = RandomJunctions(6, seed + 1);
    }

    public List<GeoPoint> RandomJunctions(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => Engine.Graph.Vertex(rng.Next(Engine.Graph.VertexCount)))
            .Select(v => new GeoPoint(v.Lon + 0.0003, v.Lat)).ToList();
    }

    /// <summary>The reference: one plain Dijkstra from each source to every cell, keeping the best two sources per cell.</summary>
    public CellTimes BruteForce(IReadOnlyList<GeoPoint> sources)
    {
        var times = new CellTimes(Grid.Count);
        var row = new TravelTime[Grid.Count];
        for (var s = 0; s < sources.Count; s++)
        {
            if (Engine.TrySnap(sources[s]) is not { } from) continue;
            Engine.Plain.OneToMany(from, Grid.Snaps, row);
            for (var c = 0; c < Grid.Count; c++)
                if (row[c].IsReached) times.Offer(c, (int)row[c].Millis, s);
        }
        return times;
    }

    public CoveragePicture Picture(IReadOnlyList<GeoPoint> sources) =>
        new(Grid, CoverageQueries.Nearest(Engine, sources, Grid.Snaps), sources.Count);

    public PostTimes PostTimes() => CoverageQueries.Posts(Engine, Posts, Grid.Snaps);

    public CoverageRegion Region() => new(Engine, Grid,
        new StandbyPosts(Posts.Select((p, i) => new StandbyPost($"post-{i}", $"站{i}", $"Post {i}", StandbyPost.ConfiguredKind, p)).ToList()),
        new CoverageOptions());

    private static (double West, double South, double East, double North) Extent(RoutingEngine engine)
    {
        var all = Enumerable.Range(0, engine.Graph.VertexCount).Select(engine.Graph.Vertex).ToList();
        return (all.Min(p => p.Lon), all.Min(p => p.Lat), all.Max(p => p.Lon), all.Max(p => p.Lat));
    }
}
