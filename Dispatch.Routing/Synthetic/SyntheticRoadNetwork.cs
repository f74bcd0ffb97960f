using Dispatch.Routing.Graph;

namespace Dispatch.Routing.Synthetic;

/// <summary>
/// Generates road networks of any size for scaling measurements: a perturbed grid city where arterials and
/// expressways give the hierarchy something to find, and one-way streets and missing links keep it from being a
/// trivially symmetric lattice. Deterministic by seed.
/// </summary>
public static class SyntheticRoadNetwork
{
    private const double MetersPerDegreeLat = 111_320;
    /// <summary>Way ids of column streets start here, so rows and columns never share an id.</summary>
    private const long ColumnWayBase = 1_000_000_000;

    public static RoadGraph Generate(SyntheticCityPlan plan)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(plan.Junctions, 4);
        var rng = new Random(plan.Seed);
        var width = (int)Math.Ceiling(Math.Sqrt(plan.Junctions));
        var height = (plan.Junctions + width - 1) / width;
        var metersPerDegreeLon = MetersPerDegreeLat * Math.Cos(plan.OriginLat * Math.PI / 180);

        var builder = new RoadGraphBuilder();
        var points = new GeoPoint[plan.Junctions];
        for (var i = 0; i < plan.Junctions; i++)
        {
            int row = i / width, col = i % width;
            var east = (col + plan.Jitter * (2 * rng.NextDouble() - 1)) * plan.BlockMeters;
            var north = (row + plan.Jitter * (2 * rng.NextDouble() - 1)) * plan.BlockMeters;
            points[i] = new GeoPoint(plan.OriginLon + east / metersPerDegreeLon, plan.OriginLat + north / MetersPerDegreeLat);
            builder.AddVertex(points[i].Lon, points[i].Lat);
        }

        // A street is a whole row or column: it is one-way (alternating direction) or two-way along its length.
        for (var row = 0; row < height; row++)
            AddStreet(builder, plan, rng, points, wayId: row + 1, index: row,
                Enumerable.Range(0, width).Select(col => row * width + col).Where(v => v < plan.Junctions).ToList());
        for (var col = 0; col < width; col++)
            AddStreet(builder, plan, rng, points, wayId: ColumnWayBase + col, index: col,
                Enumerable.Range(0, height).Select(row => row * width + col).Where(v => v < plan.Junctions).ToList());
        return builder.Build();
    }

    private static void AddStreet(RoadGraphBuilder builder, SyntheticCityPlan plan, Random rng, GeoPoint[] points, long wayId, int index, List<int> junctions)
    {
        var arterial = index % plan.ArterialEvery == 0;
        var speed = !arterial ? plan.LocalKmh
            : index % (plan.ArterialEvery * plan.ExpresswayEvery) == 0 ? plan.ExpresswayKmh : plan.ArterialKmh;
        var oneWay = !arterial && rng.NextDouble() < plan.OneWayShare;
        var forward = !oneWay || index % 2 == 0;
        for (var k = 1; k < junctions.Count; k++)
        {
            // Arterials are never broken, so the city stays one piece apart from a few cut-off corners.
            if (!arterial && rng.NextDouble() < plan.MissingLinkShare) continue;
            int a = junctions[k - 1], b = junctions[k];
            builder.AddSegment(wayId, a, b, [points[a], points[b]], speed, forward, backward: !oneWay || !forward);
        }
    }
}
