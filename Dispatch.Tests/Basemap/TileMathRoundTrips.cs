using Dispatch.Server.Basemap.Tiles;

namespace Dispatch.Tests.Basemap;

public sealed class TileMathRoundTrips
{
    [TestCase(104.0735, 30.6743)]
    [TestCase(0.0, 0.0)]
    [TestCase(-179.99, -84.9)]
    [TestCase(179.99, 84.9)]
    [TestCase(8.6936, 49.4093)]
    public void LonLatSurvivesProjectionAndBack(double lon, double lat)
    {
        var (backLon, backLat) = WebMercator.Unproject(WebMercator.Project(lon, lat));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(backLon, Is.EqualTo(lon).Within(1e-9));
            Assert.That(backLat, Is.EqualTo(lat).Within(1e-9));
        }
    }

    [Test]
    public void TileOfATilesNorthWestCornerIsThatTile()
    {
        for (var z = 0; z <= TileId.MaxZoom; z++)
        {
            var tile = ChengduRegion.CentreTile(z);
            var (lon, lat) = WebMercator.NorthWest(tile);
            // Nudge inside the tile: the corner itself sits on the boundary shared with three neighbours.
            var nudge = 1e-9;
            Assert.That(WebMercator.TileAt(lon + nudge, lat - nudge, z), Is.EqualTo(tile), $"zoom {z}");
        }
    }

    [Test]
    public void CentralChengduFallsInTheKnownTile()
    {
        Assert.That(ChengduRegion.CentreTile(15), Is.EqualTo(new TileId(15, 25857, 13448)));
    }

    [TestCase(-1, 0, 0)]
    [TestCase(20, 0, 0)]
    [TestCase(3, 8, 0)]
    [TestCase(3, 0, -1)]
    public void OutOfRangeAddressesAreNotTiles(int z, int x, int y)
    {
        Assert.That(TileId.TryCreate(z, x, y, out _, out var error), Is.False);
        Assert.That(error, Is.Not.Empty);
    }
}
