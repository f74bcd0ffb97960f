using Dispatch.Routing;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Storage;

namespace Dispatch.Tests.Routing;

/// <summary>The prepared graph is saved once and reloaded with identical answers; the key follows file and profile.</summary>
[TestFixture]
public class PreparedGraphCacheTests
{
    [Test]
    public void Second_open_loads_from_cache_and_answers_identically()
    {
        var dir = Directory.CreateTempSubdirectory("graph-cache-").FullName;
        try
        {
            var options = new RoutingEngineOptions { CacheDirectory = dir };
            var first = RoutingEngine.Open(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile, options);
            var second = RoutingEngine.Open(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile, options);
            Assert.That(first.LoadedFromCache, Is.False);
            Assert.That(second.LoadedFromCache, Is.True);
            Assert.That(second.Graph.VertexCount, Is.EqualTo(first.Graph.VertexCount));
            Assert.That(second.Hierarchy.ShortcutCount, Is.EqualTo(first.Hierarchy.ShortcutCount));
            var points = RoutingTestData.RandomPoints(first, 40, seed: 9);
            for (var i = 0; i + 1 < points.Count; i += 2)
                Assert.That(second.TravelTime(points[i], points[i + 1]), Is.EqualTo(first.TravelTime(points[i], points[i + 1])));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Test]
    public void Cache_key_depends_on_the_profile()
    {
        var car = PreparedGraphStore.CacheKey(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile);
        Assert.That(PreparedGraphStore.CacheKey(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile), Is.EqualTo(car));
        Assert.That(PreparedGraphStore.CacheKey(RoutingTestData.ChengduPbf, DefaultProfiles.Ambulance), Is.Not.EqualTo(car));
    }

    [Test]
    public void Damaged_cache_file_is_rebuilt()
    {
        var dir = Directory.CreateTempSubdirectory("graph-cache-").FullName;
        try
        {
            var options = new RoutingEngineOptions { CacheDirectory = dir };
            RoutingEngine.Open(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile, options);
            var file = Directory.GetFiles(dir, "*.graph").Single();
            File.WriteAllBytes(file, [1, 2, 3]);
            var reopened = RoutingEngine.Open(RoutingTestData.ChengduPbf, RoutingTestData.CarProfile, options);
            Assert.That(reopened.LoadedFromCache, Is.False);
            Assert.That(reopened.Graph.VertexCount, Is.GreaterThan(1000));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
