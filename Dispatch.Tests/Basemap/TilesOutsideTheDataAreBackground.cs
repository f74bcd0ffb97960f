using Dispatch.Server.Basemap.Rendering;
using Dispatch.Server.Basemap.Tiles;

namespace Dispatch.Tests.Basemap;

public sealed class TilesOutsideTheDataAreBackground
{
    [TestCase(116.3975, 39.9087, 15, TestName = "Beijing at zoom 15")]
    [TestCase(104.0735, 29.9000, 14, TestName = "South of the Chengdu extract at zoom 14")]
    public void EveryPixelIsBackground(double lon, double lat, int zoom)
    {
        var tiles = new BasemapTiles(ChengduRegion.Features, new TileRenderer(ChengduRegion.Features, ChengduRegion.CjkTypeface), 16);

        var tile = TilePixels.Decode(tiles.GetPng(WebMercator.TileAt(lon, lat, zoom)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tile.Width, Is.EqualTo(256));
            Assert.That(tile.Count(c => c != MapStyle.Background), Is.Zero);
            Assert.That(tiles.CachedTiles, Is.Zero, "empty tiles are a shared constant, not cache entries");
        }
    }
}
