using Dispatch.Server.Basemap.Rendering;

namespace Dispatch.Tests.Basemap;

public sealed class StreetNamesAreLabelled
{
    [Test]
    public void Zoom16TileOverNamedStreetsHasDarkTextOnlyWhenAFontIsPresent()
    {
        var font = ChengduRegion.CjkTypeface;
        Assert.That(font, Is.Not.Null, "a CJK font is required: install the Debian package fonts-noto-cjk");
        var tile = ChengduRegion.CentreTile(16);

        var labelled = TilePixels.Decode(new TileRenderer(ChengduRegion.Features, font).RenderPng(tile));
        var plain = TilePixels.Decode(new TileRenderer(ChengduRegion.Features, null).RenderPng(tile));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(labelled.Count(TilePixels.IsDark), Is.GreaterThan(100), "label ink");
            Assert.That(plain.Count(TilePixels.IsDark), Is.Zero, "nothing but text is drawn that dark");
        }
    }

    [Test]
    public void TheFontCoversChineseStreetNames()
    {
        var font = ChengduRegion.CjkTypeface;
        Assert.That(font, Is.Not.Null, "a CJK font is required: install the Debian package fonts-noto-cjk");
        Assert.That(font!.GetGlyph('街'), Is.Not.Zero);
    }
}
