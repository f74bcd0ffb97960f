using Dispatch.Server.Basemap.Features;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>Paints areas, waterways, railways and roads (casings under fills) onto one tile canvas.</summary>
public sealed class FeaturePainter(SKCanvas canvas, TileProjection projection)
{
    private readonly int _zoom = projection.Tile.Z;

    public void Paint(IReadOnlyList<MapFeature> features)
    {
        var visible = features.Where(f => _zoom >= MapStyle.MinZoom(f.Kind)).ToList();
        var roads = new List<(MapFeature Feature, SKPath Path)>();
        try
        {
            foreach (var f in visible)
            {
                if (f.Kind.IsRoad())
                {
                    roads.Add((f, BuildPath(f)));
                    continue;
                }

                using var path = BuildPath(f);
                if (f.Kind.IsArea()) FillArea(f.Kind, path);
                else StrokeLine(f.Kind, path);
            }

            // All casings first, so that crossing roads join cleanly instead of being cut by each other's edges.
            foreach (var (f, path) in roads) StrokeCasing(f, path);
            foreach (var (f, path) in roads) StrokeFill(f, path);
        }
        finally
        {
            foreach (var (_, path) in roads) path.Dispose();
        }
    }

    private SKPath BuildPath(MapFeature f)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var part in f.Parts)
        {
            var pixels = projection.ToPixels(part);
            path.AddPoly(pixels, close: f.Kind.IsArea());
        }

        return path;
    }

    private void FillArea(FeatureKind kind, SKPath path)
    {
        var color = kind switch
        {
            FeatureKind.Water => MapStyle.Water,
            FeatureKind.Forest => MapStyle.Forest,
            FeatureKind.Building => MapStyle.Building,
            _ => MapStyle.Park,
        };
        using var fill = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.DrawPath(path, fill);
        if (kind == FeatureKind.Building && _zoom >= 16)
        {
            using var outline = new SKPaint { Color = MapStyle.BuildingOutline, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            canvas.DrawPath(path, outline);
        }
    }

    private void StrokeLine(FeatureKind kind, SKPath path)
    {
        if (kind == FeatureKind.Railway)
        {
            var width = _zoom >= 15 ? 3f : 1.5f;
            using var rail = Stroke(MapStyle.Railway, width);
            canvas.DrawPath(path, rail);
            if (_zoom < 14) return;
            // The classic white-dashed rail line: unmistakable next to grey roads.
            using var dashes = Stroke(SKColors.White, width - 1.5f);
            using var effect = SKPathEffect.CreateDash([6, 6], 0);
            dashes.PathEffect = effect;
            dashes.StrokeCap = SKStrokeCap.Butt;
            canvas.DrawPath(path, dashes);
            return;
        }

        using var water = Stroke(MapStyle.Water, MapStyle.WaterwayWidth(kind, _zoom));
        canvas.DrawPath(path, water);
    }

    private void StrokeCasing(MapFeature f, SKPath path)
    {
        var casing = MapStyle.CasingWidth(f.Kind, _zoom);
        if (casing <= 0) return;
        using var paint = Stroke(MapStyle.RoadCasing(f.Kind), MapStyle.RoadWidth(f.Kind, _zoom, f.IsLink) + 2 * casing);
        canvas.DrawPath(path, paint);
    }

    private void StrokeFill(MapFeature f, SKPath path)
    {
        using var paint = Stroke(MapStyle.RoadFill(f.Kind), MapStyle.RoadWidth(f.Kind, _zoom, f.IsLink));
        using var dash = f.Kind == FeatureKind.Path ? SKPathEffect.CreateDash([3, 2], 0) : null;
        paint.PathEffect = dash;
        canvas.DrawPath(path, paint);
    }

    private static SKPaint Stroke(SKColor color, float width) => new()
    {
        Color = color,
        IsAntialias = true,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
    };
}
