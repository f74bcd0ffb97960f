using Dispatch.Routing;
using Dispatch.Routing.Snapping;
using Dispatch.Server.Coverage.Zones;

namespace Dispatch.Server.Coverage.Grid;

/// <summary>
/// Square cells over the region (the part of it the road network covers). A cell whose centre has no road within half
/// a cell's diagonal is left out: nobody can be driven to it.
/// </summary>
public sealed class CoverageGrid
{
    private const double MetersPerDegreeLat = 111_320;

    public CoverageGrid(double cellMeters, double west, double south, double halfLon, double halfLat, IReadOnlyList<CoverageCell> cells, ZonePlan zones)
    {
        CellMeters = cellMeters;
        West = west;
        South = south;
        HalfLon = halfLon;
        HalfLat = halfLat;
        Cells = cells;
        Zones = zones;
        Snaps = cells.Select(c => c.Snap).ToArray();
        TotalDemand = cells.Sum(c => c.Demand);
    }

    public double CellMeters { get; }
    public double West { get; }
    public double South { get; }
    /// <summary>Half a cell's width and height in degrees, to draw it.</summary>
    public double HalfLon { get; }
    public double HalfLat { get; }
    public IReadOnlyList<CoverageCell> Cells { get; }
    public IReadOnlyList<SnapResult> Snaps { get; }
    public ZonePlan Zones { get; }
    public double TotalDemand { get; }
    public int Count => Cells.Count;

    /// <summary>The cell holding a point, or -1.</summary>
    public int CellAt(GeoPoint p)
    {
        var column = (int)Math.Floor((p.Lon - West) / (2 * HalfLon));
        var row = (int)Math.Floor((p.Lat - South) / (2 * HalfLat));
        return _index.TryGetValue((column, row), out var i) ? i : -1;
    }

    private Dictionary<(int, int), int>? _indexCache;
    private Dictionary<(int, int), int> _index => _indexCache ??= Cells.Select((c, i) => (c, i)).ToDictionary(x => (x.c.Column, x.c.Row), x => x.i);

    /// <summary>
    /// Lays the grid over the bounds (clipped to the road network), snaps each centre, and weighs each cell with the
    /// <paramref name="population"/> weights falling in it (every cell alike when none falls in any).
    /// </summary>
    public static CoverageGrid Build(RoutingEngine engine, double cellMeters, (double West, double South, double East, double North) bounds,
        ZonePlan zones, IEnumerable<(GeoPoint Point, double Weight)>? population = null)
    {
        var graph = engine.Graph;
        double gw = double.MaxValue, gs = double.MaxValue, ge = double.MinValue, gn = double.MinValue;
        for (var v = 0; v < graph.VertexCount; v++)
        {
            var p = graph.Vertex(v);
            gw = Math.Min(gw, p.Lon); ge = Math.Max(ge, p.Lon); gs = Math.Min(gs, p.Lat); gn = Math.Max(gn, p.Lat);
        }
        double west = Math.Max(bounds.West, gw), south = Math.Max(bounds.South, gs), east = Math.Min(bounds.East, ge), north = Math.Min(bounds.North, gn);
        var dLat = cellMeters / MetersPerDegreeLat;
        var dLon = cellMeters / (MetersPerDegreeLat * Math.Cos((south + north) / 2 * Math.PI / 180));
        var columns = Math.Max(1, (int)Math.Ceiling((east - west) / dLon));
        var rows = Math.Max(1, (int)Math.Ceiling((north - south) / dLat));
        var reach = cellMeters * Math.Sqrt(2) / 2;

        var weights = new Dictionary<(int, int), double>();
        foreach (var (point, weight) in population ?? [])
        {
            var key = ((int)Math.Floor((point.Lon - west) / dLon), (int)Math.Floor((point.Lat - south) / dLat));
            weights[key] = weights.GetValueOrDefault(key) + weight;
        }
        var found = new List<(int Column, int Row, GeoPoint Centre, SnapResult Snap, double Demand)>();
        for (var row = 0; row < rows; row++)
        for (var column = 0; column < columns; column++)
        {
            var centre = new GeoPoint(west + (column + 0.5) * dLon, south + (row + 0.5) * dLat);
            if (engine.Snapper.TrySnap(centre, reach) is not { } snap) continue;
            found.Add((column, row, centre, snap, weights.GetValueOrDefault((column, row))));
        }
        var uniform = found.All(f => f.Demand <= 0);
        var cells = found.Select(f => new CoverageCell(f.Column, f.Row, f.Centre, f.Snap, zones.ZoneOf(f.Centre), uniform ? 1 : f.Demand)).ToList();
        return new CoverageGrid(cellMeters, west, south, dLon / 2, dLat / 2, cells, zones);
    }
}
