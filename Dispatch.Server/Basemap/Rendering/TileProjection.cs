using Dispatch.Server.Basemap.Geometry;
using Dispatch.Server.Basemap.Tiles;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>Maps normalised world coordinates to pixel coordinates inside one tile.</summary>
public readonly struct TileProjection(TileId tile)
{
    private readonly double _scale = (double)WebMercator.TileSize * tile.TilesPerSide;
    private readonly double _originX = (double)tile.X * WebMercator.TileSize;
    private readonly double _originY = (double)tile.Y * WebMercator.TileSize;

    public TileId Tile { get; } = tile;

    /// <summary>How many world units one pixel spans at this zoom.</summary>
    public double WorldPerPixel => 1 / _scale;

    public SKPoint ToPixel(WorldPoint p) => new((float)(p.X * _scale - _originX), (float)(p.Y * _scale - _originY));

    public SKPoint[] ToPixels(WorldPoint[] points)
    {
        var result = new SKPoint[points.Length];
        for (var i = 0; i < points.Length; i++) result[i] = ToPixel(points[i]);
        return result;
    }
}
