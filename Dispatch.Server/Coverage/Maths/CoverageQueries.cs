using Dispatch.Routing;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Coverage.Maths;

/// <summary>Fills the per-cell tables from the routing engine's one-to-all queries.</summary>
public static class CoverageQueries
{
    /// <summary>Nearest and second-nearest source of every cell, closures respected.</summary>
    public static CellTimes Nearest(RoutingEngine engine, IReadOnlyList<GeoPoint> sources, IReadOnlyList<SnapResult> cells, Deadline deadline = default)
    {
        var times = new CellTimes(cells.Count);
        var row = new TravelTime[cells.Count];
        var approximate = false;
        for (var s = 0; s < sources.Count; s++)
        {
            if (engine.TrySnap(sources[s]) is not { } from) continue;
            engine.Current.OneToMany(from, cells, row, deadline);
            for (var c = 0; c < cells.Count; c++)
            {
                if (row[c].Status == TravelStatus.NotComputed) approximate = true;
                if (row[c].IsReached) times.Offer(c, (int)Math.Min(row[c].Millis, CellTimes.Unreached - 1), s);
            }
        }
        return approximate ? Copy(times, true) : times;
    }

    /// <summary>Time from each post to every cell.</summary>
    public static PostTimes Posts(RoutingEngine engine, IReadOnlyList<GeoPoint> posts, IReadOnlyList<SnapResult> cells)
    {
        var tables = new List<int[]>(posts.Count);
        foreach (var post in posts)
        {
            var one = Nearest(engine, [post], cells);
            tables.Add(one.First);
        }
        return new PostTimes(tables);
    }

    private static CellTimes Copy(CellTimes from, bool approximate)
    {
        var to = new CellTimes(from.Count) { Approximate = approximate };
        from.First.CopyTo(to.First, 0); from.FirstSource.CopyTo(to.FirstSource, 0);
        from.Second.CopyTo(to.Second, 0); from.SecondSource.CopyTo(to.SecondSource, 0);
        return to;
    }
}
