using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>The boxes already taken by labels on one tile; a new label goes only where it overlaps none.</summary>
public sealed class LabelCollisions
{
    private readonly List<SKRect> _taken = [];

    public bool IsFree(IEnumerable<SKRect> boxes) => boxes.All(b => !_taken.Any(t => t.IntersectsWith(b)));

    public void Take(IEnumerable<SKRect> boxes) => _taken.AddRange(boxes);
}
