using Dispatch.Server.Basemap.Features;
using Dispatch.Server.Basemap.Rendering;

namespace Dispatch.Tests.Basemap;

public sealed class CentralChengduTileShowsRoads
{
    private static readonly FeatureKind[] Roads =
        [FeatureKind.Motorway, FeatureKind.Trunk, FeatureKind.Primary, FeatureKind.Secondary, FeatureKind.Minor];

    [Test]
    public void Zoom15TileIsA256PngFullOfRoadColour()
    {
        var renderer = new TileRenderer(ChengduRegion.Features, labelTypeface: null);

        var png = renderer.RenderPng(ChengduRegion.CentreTile(15));

        Assert.That(TilePixels.IsPng(png), Is.True);
        var tile = TilePixels.Decode(png);
        var roadPixels = tile.Count(c => Roads.Any(k => TilePixels.Near(c, MapStyle.RoadFill(k))));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(tile.Width, Is.EqualTo(256));
            Assert.That(tile.Height, Is.EqualTo(256));
            Assert.That(roadPixels, Is.GreaterThan(256 * 256 / 10), "at least a tenth of a downtown tile is street");
        }
    }
}
