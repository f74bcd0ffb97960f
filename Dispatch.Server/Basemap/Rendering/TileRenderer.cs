using Dispatch.Server.Basemap.Features;
using Dispatch.Server.Basemap.Tiles;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>
/// Renders one 256×256 PNG tile from a <see cref="FeatureSet"/>. Stateless per call, so tiles may
/// render on several threads at once. Without a typeface it draws the map with no labels.
/// </summary>
public sealed class TileRenderer(FeatureSet features, SKTypeface? labelTypeface)
{
    /// <summary>Features this many pixels beyond the edge still reach into the tile (wide roads, round caps).</summary>
    private const int OverdrawPixels = 24;

    public bool DrawsLabels => labelTypeface is not null;

    public byte[] RenderPng(TileId tile)
    {
        using var surface = SKSurface.Create(new SKImageInfo(WebMercator.TileSize, WebMercator.TileSize, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(MapStyle.Background);

        var projection = new TileProjection(tile);
        var bounds = WebMercator.Bounds(tile);
        if (bounds.Intersects(features.Bounds))
        {
            var area = bounds.Inflate(OverdrawPixels * projection.WorldPerPixel);
            new FeaturePainter(canvas, projection).Paint(features.FeaturesIn(area));
            if (labelTypeface is not null && tile.Z >= 15)
                new StreetLabeler(canvas, projection, labelTypeface).Label(features.StreetsIn(bounds));
        }

        return Encode(surface);
    }

    /// <summary>The tile drawn where there is no data: background only.</summary>
    public static byte[] RenderBackground()
    {
        using var surface = SKSurface.Create(new SKImageInfo(WebMercator.TileSize, WebMercator.TileSize, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(MapStyle.Background);
        return Encode(surface);
    }

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
