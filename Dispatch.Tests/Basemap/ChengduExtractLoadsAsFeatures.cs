using Dispatch.Server.Basemap.Features;
using Dispatch.Server.Basemap.Tiles;

namespace Dispatch.Tests.Basemap;

public sealed class ChengduExtractLoadsAsFeatures
{
    [Test]
    public void RoadClassesWaterAndNamedStreetsArePresent()
    {
        var features = ChengduRegion.Features;
        var everything = features.FeaturesIn(features.Bounds);
        var kinds = everything.Select(f => f.Kind).ToHashSet();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kinds, Is.SupersetOf(new[]
            {
                FeatureKind.Trunk, FeatureKind.Primary, FeatureKind.Secondary, FeatureKind.Tertiary,
                FeatureKind.Minor, FeatureKind.Service, FeatureKind.Path, FeatureKind.River,
            }));
            Assert.That(features.StreetCount, Is.GreaterThan(100));
            Assert.That(features.StreetsIn(features.Bounds).Select(s => s.Name), Does.Contain("北大街"));
        }
    }

    [Test]
    public void BoundsCoverCentralChengdu()
    {
        var centre = WebMercator.Project(ChengduRegion.CentreLon, ChengduRegion.CentreLat);
        var b = ChengduRegion.Features.Bounds;

        Assert.That(centre.X >= b.MinX && centre.X <= b.MaxX && centre.Y >= b.MinY && centre.Y <= b.MaxY, Is.True);
    }

    [Test]
    public void FeaturesComeBackInPaintingOrder()
    {
        var tile = ChengduRegion.CentreTile(14);

        var kinds = ChengduRegion.Features.FeaturesIn(WebMercator.Bounds(tile)).Select(f => f.Kind).ToList();

        Assert.That(kinds, Is.Not.Empty);
        Assert.That(kinds, Is.Ordered);
    }
}
