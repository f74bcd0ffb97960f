namespace Dispatch.Server.Basemap.Geometry;

/// <summary>An axis-aligned box in normalised Web Mercator space (see <see cref="WorldPoint"/>).</summary>
public readonly record struct WorldRect(double MinX, double MinY, double MaxX, double MaxY)
{
    public static readonly WorldRect Empty = new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);

    public bool IsEmpty => MinX > MaxX || MinY > MaxY;

    public static WorldRect Of(ReadOnlySpan<WorldPoint> points)
    {
        var r = Empty;
        foreach (var p in points) r = r.Include(p);
        return r;
    }

    public WorldRect Include(WorldPoint p) =>
        new(Math.Min(MinX, p.X), Math.Min(MinY, p.Y), Math.Max(MaxX, p.X), Math.Max(MaxY, p.Y));

    public WorldRect Union(WorldRect o) =>
        o.IsEmpty ? this : IsEmpty ? o :
        new(Math.Min(MinX, o.MinX), Math.Min(MinY, o.MinY), Math.Max(MaxX, o.MaxX), Math.Max(MaxY, o.MaxY));

    public WorldRect Inflate(double d) => IsEmpty ? this : new(MinX - d, MinY - d, MaxX + d, MaxY + d);

    public bool Intersects(WorldRect o) =>
        !IsEmpty && !o.IsEmpty && MinX <= o.MaxX && o.MinX <= MaxX && MinY <= o.MaxY && o.MinY <= MaxY;
}
