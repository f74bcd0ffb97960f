using Dispatch.Server.Basemap.Rendering;
using Dispatch.Server.Basemap.Tiles;

namespace Dispatch.Tests.Basemap;

public sealed class MissingFontFallsBackToNoLabels
{
    [Test]
    public void AFileThatIsNotAFontYieldsNoTypeface()
    {
        var notAFont = ChengduRegion.PbfPath;

        Assert.That(CjkFontLocator.Open(notAFont), Is.Null);
    }

    [Test]
    public void RendererWithoutTypefaceSaysItDrawsNoLabels()
    {
        Assert.That(new TileRenderer(ChengduRegion.Features, null).DrawsLabels, Is.False);
    }

    [Test]
    public void RenderingWithoutAFontStillDrawsTheMap()
    {
        var png = new TileRenderer(ChengduRegion.Features, null).RenderPng(WebMercator.TileAt(ChengduRegion.CentreLon, ChengduRegion.CentreLat, 17));

        Assert.That(TilePixels.Decode(png).Count(c => c != MapStyle.Background), Is.GreaterThan(1000));
    }
}
