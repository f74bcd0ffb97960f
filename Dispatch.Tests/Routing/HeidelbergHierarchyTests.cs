using Dispatch.Routing;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>On the larger Heidelberg extract (shared/ beside the clone) the hierarchy still equals Dijkstra exactly.</summary>
[TestFixture]
public class HeidelbergHierarchyTests
{
    [Test]
    public void Hierarchy_times_equal_dijkstra_on_heidelberg()
    {
        Assert.That(File.Exists(RoutingTestData.HeidelbergPbf), Is.True, $"expected {RoutingTestData.HeidelbergPbf}");
        var engine = RoutingEngine.Open(RoutingTestData.HeidelbergPbf, RoutingTestData.CarProfile, new RoutingEngineOptions { CacheDirectory = null });
        Assert.That(engine.Graph.VertexCount, Is.GreaterThan(5000));
        var snaps = RoutingTestData.RandomPoints(engine, 200, seed: 29).Select(engine.TrySnap).OfType<SnapResult>().ToList();
        var hospitals = snaps.Take(30).ToList();
        for (var i = 30; i + 1 < snaps.Count; i += 2)
            Assert.That(engine.Fast.Between(snaps[i], snaps[i + 1]).Millis, Is.EqualTo(engine.Plain.Between(snaps[i], snaps[i + 1]).Millis));
        var fast = new TravelTime[hospitals.Count];
        var plain = new TravelTime[hospitals.Count];
        engine.Fast.OneToMany(snaps[^1], hospitals, fast);
        engine.Plain.OneToMany(snaps[^1], hospitals, plain);
        Assert.That(fast.Select(t => t.Millis), Is.EqualTo(plain.Select(t => t.Millis)));
        engine.Fast.ManyToOne(hospitals, snaps[^1], fast);
        engine.Plain.ManyToOne(hospitals, snaps[^1], plain);
        Assert.That(fast.Select(t => t.Millis), Is.EqualTo(plain.Select(t => t.Millis)));
    }
}
