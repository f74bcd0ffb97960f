using Dispatch.Server.Basemap.Geometry;

namespace Dispatch.Server.Basemap.Features;

/// <summary>
/// A uniform grid over the world (cells the size of zoom-14 tiles) mapping each cell to the items
/// whose bounds touch it, so a tile looks only at what it may draw. Read-only once built.
/// </summary>
public sealed class SpatialGrid<T>
{
    private const int CellZoom = 14;
    private const int CellsPerSide = 1 << CellZoom;

    private readonly List<(T Item, WorldRect Bounds)> _items = [];
    private readonly Dictionary<long, List<int>> _cells = [];

    public int Count => _items.Count;

    public void Add(T item, WorldRect bounds)
    {
        var index = _items.Count;
        _items.Add((item, bounds));
        ForEachCell(bounds, key =>
        {
            if (!_cells.TryGetValue(key, out var list)) _cells[key] = list = [];
            list.Add(index);
        });
    }

    /// <summary>Items whose bounds intersect <paramref name="area"/>, in insertion order.</summary>
    public List<T> Query(WorldRect area)
    {
        var hits = new HashSet<int>();
        ForEachCell(area, key =>
        {
            if (!_cells.TryGetValue(key, out var list)) return;
            foreach (var i in list)
                if (_items[i].Bounds.Intersects(area)) hits.Add(i);
        });
        var ordered = hits.ToArray();
        Array.Sort(ordered);
        return ordered.Select(i => _items[i].Item).ToList();
    }

    private static void ForEachCell(WorldRect r, Action<long> visit)
    {
        var x0 = Cell(r.MinX);
        var x1 = Cell(r.MaxX);
        var y0 = Cell(r.MinY);
        var y1 = Cell(r.MaxY);
        for (var y = y0; y <= y1; y++)
            for (var x = x0; x <= x1; x++)
                visit((long)y * CellsPerSide + x);
    }

    private static int Cell(double v) => Math.Clamp((int)(v * CellsPerSide), 0, CellsPerSide - 1);
}
