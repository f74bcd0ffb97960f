using SkiaSharp;

namespace Dispatch.Tests.Basemap;

/// <summary>A decoded PNG tile with pixel counting helpers.</summary>
internal sealed class TilePixels
{
    private readonly SKBitmap _bitmap;

    private TilePixels(SKBitmap bitmap) => _bitmap = bitmap;

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    public static TilePixels Decode(byte[] png) =>
        new(SKBitmap.Decode(png) ?? throw new InvalidDataException("Not a decodable image"));

    public static bool IsPng(byte[] bytes) =>
        bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

    public int Count(Func<SKColor, bool> predicate)
    {
        var n = 0;
        for (var y = 0; y < _bitmap.Height; y++)
            for (var x = 0; x < _bitmap.Width; x++)
                if (predicate(_bitmap.GetPixel(x, y))) n++;
        return n;
    }

    public static bool Near(SKColor a, SKColor b, int tolerance = 6) =>
        Math.Abs(a.Red - b.Red) <= tolerance && Math.Abs(a.Green - b.Green) <= tolerance && Math.Abs(a.Blue - b.Blue) <= tolerance;

    /// <summary>Text ink: much darker than anything else in the style.</summary>
    public static bool IsDark(SKColor c) => 0.299 * c.Red + 0.587 * c.Green + 0.114 * c.Blue < 100;
}
