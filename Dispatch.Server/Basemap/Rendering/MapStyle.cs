using Dispatch.Server.Basemap.Features;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>
/// The look of the basemap: a light, low-contrast ground so that vehicles and incidents drawn
/// on top stand out, roads ranked by width and warmth, and dark labels with a white halo.
/// </summary>
public static class MapStyle
{
    public static readonly SKColor Background = new(0xF3, 0xF1, 0xEC);
    public static readonly SKColor Park = new(0xD6, 0xEA, 0xC8);
    public static readonly SKColor Forest = new(0xC4, 0xDE, 0xB4);
    public static readonly SKColor Water = new(0xAA, 0xCF, 0xE6);
    public static readonly SKColor Building = new(0xE1, 0xDD, 0xD6);
    public static readonly SKColor BuildingOutline = new(0xCF, 0xC9, 0xC0);
    public static readonly SKColor Railway = new(0xA6, 0xA6, 0xA6);
    public static readonly SKColor Label = new(0x33, 0x33, 0x33);
    public static readonly SKColor LabelHalo = new(0xFF, 0xFF, 0xFF, 0xE6);

    /// <summary>Lowest zoom at which a kind is drawn at all.</summary>
    public static int MinZoom(FeatureKind kind) => kind switch
    {
        FeatureKind.Motorway or FeatureKind.Trunk or FeatureKind.Primary => 0,
        FeatureKind.Secondary or FeatureKind.River or FeatureKind.Water or FeatureKind.Park or FeatureKind.Forest => 9,
        FeatureKind.Tertiary or FeatureKind.Railway => 10,
        FeatureKind.Minor => 12,
        FeatureKind.Service or FeatureKind.Stream => 14,
        FeatureKind.Building => 15,
        FeatureKind.Path => 15,
        _ => 0,
    };

    /// <summary>Road fill colour (the main colour tests look for).</summary>
    public static SKColor RoadFill(FeatureKind kind) => kind switch
    {
        FeatureKind.Motorway => new SKColor(0xF1, 0xA3, 0x5C),
        FeatureKind.Trunk => new SKColor(0xF6, 0xBE, 0x78),
        FeatureKind.Primary => new SKColor(0xFB, 0xDA, 0x90),
        FeatureKind.Secondary => new SKColor(0xFD, 0xF0, 0xB8),
        FeatureKind.Path => new SKColor(0xB9, 0xAF, 0xA3),
        _ => SKColors.White,
    };

    public static SKColor RoadCasing(FeatureKind kind) => kind switch
    {
        FeatureKind.Motorway => new SKColor(0xC6, 0x78, 0x36),
        FeatureKind.Trunk => new SKColor(0xCB, 0x8E, 0x48),
        FeatureKind.Primary => new SKColor(0xC8, 0xA2, 0x5C),
        FeatureKind.Secondary => new SKColor(0xC4, 0xB6, 0x88),
        _ => new SKColor(0xCF, 0xC8, 0xBC),
    };

    /// <summary>Width of a road's fill in pixels; roughly true to scale at high zoom, never vanishing at low zoom.</summary>
    public static float RoadWidth(FeatureKind kind, int zoom, bool isLink)
    {
        var atZ15 = kind switch
        {
            FeatureKind.Motorway => 8.5f,
            FeatureKind.Trunk => 8f,
            FeatureKind.Primary => 7f,
            FeatureKind.Secondary => 6f,
            FeatureKind.Tertiary => 5f,
            FeatureKind.Minor => 3.5f,
            FeatureKind.Service => 2f,
            _ => 1f,
        };
        if (isLink) atZ15 *= 0.6f;
        if (kind == FeatureKind.Path) return zoom >= 17 ? 1.5f : 1f;
        var minimum = kind >= FeatureKind.Primary ? 1.2f : 0.8f;
        return Math.Max(minimum, atZ15 * ZoomScale(zoom));
    }

    /// <summary>Casing adds this much on each side of the fill; thin roads at low zoom get none.</summary>
    public static float CasingWidth(FeatureKind kind, int zoom) =>
        kind == FeatureKind.Path || zoom < 12 || (kind <= FeatureKind.Minor && zoom < 14) ? 0f : zoom >= 17 ? 1.5f : 1f;

    public static float WaterwayWidth(FeatureKind kind, int zoom) =>
        Math.Max(1f, (kind == FeatureKind.River ? 5f : 1.5f) * ZoomScale(zoom));

    public static float LabelSize(int zoom) => zoom switch { <= 15 => 11f, 16 => 12f, _ => 13f };

    /// <summary>Kinds that get a name label at a zoom; minor streets only once there is room.</summary>
    public static bool IsLabelled(FeatureKind kind, int zoom) =>
        zoom >= 15 && (kind >= FeatureKind.Tertiary || (zoom >= 16 && kind >= FeatureKind.Minor));

    private static float ZoomScale(int zoom) => MathF.Pow(2f, (Math.Min(zoom, 18) - 15) * 0.75f);
}
