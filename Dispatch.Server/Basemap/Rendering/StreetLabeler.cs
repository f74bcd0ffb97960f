using System.Globalization;
using Dispatch.Server.Basemap.Features;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>
/// Writes street names along their streets, one label per name per tile, never overlapping another
/// label and never crossing the tile edge (a label cut in half by the next tile is unreadable).
/// Chinese names on steep streets are stacked upright, as Chinese maps do, instead of lying sideways.
/// </summary>
public sealed class StreetLabeler(SKCanvas canvas, TileProjection projection, SKTypeface typeface)
{
    private const float EdgeMargin = 2f;
    private const float MaxBendRadians = 0.5f;

    private readonly int _zoom = projection.Tile.Z;
    private readonly LabelCollisions _collisions = new();
    private readonly HashSet<string> _labelled = [];

    public int LabelCount => _labelled.Count;

    public void Label(IEnumerable<StreetLine> streets)
    {
        using var font = new SKFont(typeface, MapStyle.LabelSize(_zoom)) { Edging = SKFontEdging.Antialias, Subpixel = true };
        using var halo = new SKPaint { Color = MapStyle.LabelHalo, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3f, StrokeJoin = SKStrokeJoin.Round };
        using var ink = new SKPaint { Color = MapStyle.Label, IsAntialias = true, Style = SKPaintStyle.Fill };

        foreach (var street in streets)
        {
            if (!MapStyle.IsLabelled(street.Kind, _zoom) || _labelled.Contains(street.Name)) continue;
            var line = new PixelPolyline(projection.ToPixels(street.Points));
            if (TryPlace(street.Name, line, font, out var glyphs))
            {
                Draw(glyphs, font, halo, ink);
                _labelled.Add(street.Name);
            }
        }
    }

    private readonly record struct PlacedGlyph(string Text, SKPoint Center, float Angle, SKRect Box);

    private bool TryPlace(string name, PixelPolyline line, SKFont font, out List<PlacedGlyph> placed)
    {
        placed = [];
        var glyphs = TextElements(name);
        var size = font.Size;
        var upright = glyphs.All(IsCjk);
        var advances = glyphs.Select(g => upright ? size * 1.05f : font.MeasureText(g)).ToArray();
        var total = advances.Sum();
        if (line.Length < total + size) return false;

        // Try the middle of the visible line first, then step outwards.
        var middle = line.Length / 2;
        var step = Math.Max(size, total / 3);
        for (var k = 0; k < 12; k++)
        {
            var offset = (k + 1) / 2 * step * (k % 2 == 0 ? 1 : -1);
            var start = middle + offset - total / 2;
            if (start < 0 || start + total > line.Length) continue;
            if (TryAt(glyphs, advances, line, start, total, size, upright, out placed)) return true;
        }

        return false;
    }

    private bool TryAt(string[] glyphs, float[] advances, PixelPolyline line, float start, float total, float size,
        bool cjk, out List<PlacedGlyph> placed)
    {
        placed = [];
        var (from, _) = line.At(start);
        var (to, _) = line.At(start + total);
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var upright = cjk && Math.Abs(dy) > Math.Abs(dx);
        // Read left to right, or top to bottom when stacked; walk the line backwards if it runs the other way.
        var reverse = upright ? dy < 0 : dx < 0;

        var along = 0f;
        float? previousAngle = null;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var centre = along + advances[i] / 2;
            along += advances[i];
            var (point, angle) = line.At(reverse ? start + total - centre : start + centre);
            if (reverse) angle += MathF.PI;
            if (previousAngle is { } prev && Math.Abs(NormaliseAngle(angle - prev)) > MaxBendRadians) return false;
            previousAngle = angle;

            var drawAngle = upright ? 0 : angle;
            var box = GlyphBox(point, drawAngle, size);
            if (box.Left < EdgeMargin || box.Top < EdgeMargin || box.Right > 256 - EdgeMargin || box.Bottom > 256 - EdgeMargin) return false;
            placed.Add(new PlacedGlyph(glyphs[i], point, drawAngle, box));
        }

        var boxes = placed.Select(p => p.Box).ToList();
        if (!_collisions.IsFree(boxes)) return false;
        _collisions.Take(boxes);
        return true;
    }

    private void Draw(List<PlacedGlyph> glyphs, SKFont font, SKPaint halo, SKPaint ink)
    {
        var metrics = font.Metrics;
        var baseline = -(metrics.Ascent + metrics.Descent) / 2;
        foreach (var paint in new[] { halo, ink })
            foreach (var g in glyphs)
            {
                canvas.Save();
                canvas.Translate(g.Center);
                canvas.RotateRadians(g.Angle);
                canvas.DrawText(g.Text, 0, baseline, SKTextAlign.Center, font, paint);
                canvas.Restore();
            }
    }

    /// <summary>The screen box of a square glyph cell rotated by <paramref name="angle"/>, with room for the halo.</summary>
    private static SKRect GlyphBox(SKPoint centre, float angle, float size)
    {
        var half = (size + 2) / 2 * (MathF.Abs(MathF.Cos(angle)) + MathF.Abs(MathF.Sin(angle)));
        return new SKRect(centre.X - half, centre.Y - half, centre.X + half, centre.Y + half);
    }

    private static float NormaliseAngle(float a)
    {
        while (a > MathF.PI) a -= 2 * MathF.PI;
        while (a < -MathF.PI) a += 2 * MathF.PI;
        return a;
    }

    private static string[] TextElements(string text)
    {
        var result = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext()) result.Add(e.GetTextElement());
        return result.ToArray();
    }

    private static bool IsCjk(string glyph) => glyph.Length > 0 && glyph[0] >= '\u2E80';
}
