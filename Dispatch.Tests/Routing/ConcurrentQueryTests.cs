using CsCheck;
using Dispatch.Routing;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>Many threads querying one engine get the same answers as one thread.</summary>
[TestFixture]
public class ConcurrentQueryTests
{
    [Test]
    public void Parallel_queries_match_sequential_answers()
    {
        var engine = RoutingTestData.Chengdu;
        var snaps = RoutingTestData.RandomPoints(engine, 400, seed: 17).Select(engine.TrySnap).OfType<SnapResult>().ToList();
        var pairs = Enumerable.Range(0, snaps.Count / 2).Select(i => (snaps[2 * i], snaps[2 * i + 1])).ToList();
        var sequential = pairs.Select(p => engine.Fast.Between(p.Item1, p.Item2)).ToList();
        var parallel = new TravelTime[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            // Mix engines and fan-outs so pooled scratch space is shared between kinds of query.
            parallel[i] = i % 3 == 0 ? engine.Plain.Between(pairs[i].Item1, pairs[i].Item2) : engine.Fast.Between(pairs[i].Item1, pairs[i].Item2);
            var fan = new TravelTime[10];
            engine.Fast.OneToMany(pairs[i].Item1, snaps.Take(10).ToList(), fan);
        });
        Assert.That(parallel, Is.EqualTo(sequential.ToArray()).Using<TravelTime>((a, b) => a.Ticks == b.Ticks && a.Status == b.Status));
    }

    [Test]
    public void Generated_point_pairs_agree_between_hierarchy_and_dijkstra()
    {
        var engine = RoutingTestData.Chengdu;
        // Anywhere in the central clip, snapped within the engine's 500 m limit.
        var point = Gen.Select(Gen.Double[104.045, 104.125], Gen.Double[30.655, 30.725], (lon, lat) => new GeoPoint(lon, lat));
        Gen.Select(point, point).Sample((a, b) =>
        {
            if (engine.TrySnap(a) is not { } sa || engine.TrySnap(b) is not { } sb) return true;
            return engine.Fast.Between(sa, sb).Ticks == engine.Plain.Between(sa, sb).Ticks;
        }, iter: 300);
    }
}
