using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>A line in tile pixels that can be walked by distance, giving position and direction.</summary>
public sealed class PixelPolyline
{
    private readonly SKPoint[] _points;
    private readonly float[] _at;

    public PixelPolyline(SKPoint[] points)
    {
        _points = points;
        _at = new float[points.Length];
        for (var i = 1; i < points.Length; i++)
            _at[i] = _at[i - 1] + SKPoint.Distance(points[i - 1], points[i]);
    }

    public float Length => _at[^1];

    /// <summary>The point at <paramref name="distance"/> along the line and the direction (radians) of the segment there.</summary>
    public (SKPoint Point, float Angle) At(float distance)
    {
        var d = Math.Clamp(distance, 0, Length);
        var i = Array.BinarySearch(_at, d);
        if (i < 0) i = ~i;
        i = Math.Clamp(i, 1, _points.Length - 1);
        while (i < _points.Length - 1 && _at[i] - _at[i - 1] <= 0) i++;
        var a = _points[i - 1];
        var b = _points[i];
        var span = _at[i] - _at[i - 1];
        var t = span > 0 ? (d - _at[i - 1]) / span : 0;
        return (new SKPoint(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t), MathF.Atan2(b.Y - a.Y, b.X - a.X));
    }
}
