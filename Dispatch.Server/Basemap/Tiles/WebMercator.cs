using Dispatch.Server.Basemap.Geometry;

namespace Dispatch.Server.Basemap.Tiles;

/// <summary>Spherical Web Mercator (EPSG:3857) maths for 256-pixel XYZ tiles.</summary>
public static class WebMercator
{
    public const int TileSize = 256;

    /// <summary>Latitude where the square Mercator world ends.</summary>
    public const double MaxLatitude = 85.0511287798066;

    public static WorldPoint Project(double lon, double lat)
    {
        var phi = Math.Clamp(lat, -MaxLatitude, MaxLatitude) * Math.PI / 180;
        var x = (lon + 180) / 360;
        var y = (1 - Math.Log(Math.Tan(phi) + 1 / Math.Cos(phi)) / Math.PI) / 2;
        return new WorldPoint(x, y);
    }

    public static (double Lon, double Lat) Unproject(WorldPoint p) =>
        (p.X * 360 - 180, Math.Atan(Math.Sinh(Math.PI * (1 - 2 * p.Y))) * 180 / Math.PI);

    public static TileId TileAt(double lon, double lat, int zoom)
    {
        var p = Project(lon, lat);
        var n = 1 << zoom;
        return new TileId(zoom, Math.Clamp((int)Math.Floor(p.X * n), 0, n - 1), Math.Clamp((int)Math.Floor(p.Y * n), 0, n - 1));
    }

    public static WorldRect Bounds(TileId tile)
    {
        double n = tile.TilesPerSide;
        return new WorldRect(tile.X / n, tile.Y / n, (tile.X + 1) / n, (tile.Y + 1) / n);
    }

    /// <summary>The longitude and latitude of a tile's north-west corner.</summary>
    public static (double Lon, double Lat) NorthWest(TileId tile)
    {
        var b = Bounds(tile);
        return Unproject(new WorldPoint(b.MinX, b.MinY));
    }
}
