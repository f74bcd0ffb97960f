using Dispatch.Routing;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Coverage.Maths;

/// <summary>Fills the per-cell tables from the routing engine's one-to-all query from many sources.</summary>
public static class CoverageQueries
{
    /// <summary>Nearest and second-nearest source of every cell, closures respected: one search for all sources.</summary>
    public static CellTimes Nearest(RoutingEngine engine, IReadOnlyList<GeoPoint> sources, IReadOnlyList<SnapResult> cells, Deadline deadline = default)
    {
        var nearest = engine.NearestSources(sources, deadline);
        var times = new CellTimes(cells.Count) { Approximate = nearest.Approximate };
        for (var c = 0; c < cells.Count; c++)
        {
            var ((m1, s1), (m2, s2)) = nearest.FirstAndSecond(cells[c]);
            times.First[c] = m1; times.FirstSource[c] = s1;
            times.Second[c] = m2; times.SecondSource[c] = s2;
        }
        return times;
    }

    /// <summary>Time from each post to every cell (one search per post; kept until the closures change).</summary>
    public static PostTimes Posts(RoutingEngine engine, IReadOnlyList<GeoPoint> posts, IReadOnlyList<SnapResult> cells)
    {
        var tables = new List<int[]>(posts.Count);
        foreach (var post in posts) tables.Add(Nearest(engine, [post], cells).First);
        return new PostTimes(tables);
    }
}
