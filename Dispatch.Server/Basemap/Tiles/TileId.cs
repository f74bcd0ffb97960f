namespace Dispatch.Server.Basemap.Tiles;

/// <summary>The address of one XYZ ("slippy map") tile in Web Mercator; y counts from the north.</summary>
public readonly record struct TileId(int Z, int X, int Y)
{
    public const int MaxZoom = 19;

    public int TilesPerSide => 1 << Z;

    public static bool TryCreate(int z, int x, int y, out TileId tile, out string? error)
    {
        tile = new TileId(z, x, y);
        error = z is < 0 or > MaxZoom
            ? $"Zoom {z} is outside 0..{MaxZoom}."
            : x < 0 || x >= 1 << z ? $"Column {x} is outside 0..{(1 << z) - 1} at zoom {z}."
            : y < 0 || y >= 1 << z ? $"Row {y} is outside 0..{(1 << z) - 1} at zoom {z}."
            : null;
        return error is null;
    }

    public override string ToString() => $"{Z}/{X}/{Y}";
}
