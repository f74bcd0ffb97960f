using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// With closures in force, queries stay on a hierarchy customized for exactly those closures, and it answers what
/// plain Dijkstra with the same closures answers: point to point, one to many, many to one and in the fleet index.
/// </summary>
[TestFixture]
public class ClosuresStayOnTheHierarchyTests
{
    private RoutingEngine _engine = null!;
    private List<SnapResult> _snaps = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        _engine = RoutingEngine.Open(RoutingTestData.HeidelbergPbf, RoutingTestData.CarProfile, new RoutingEngineOptions { CacheDirectory = null });
        _snaps = RoutingTestData.RandomPoints(_engine, 600, seed: 77).Select(_engine.TrySnap).OfType<SnapResult>().ToList();
    }

    [TearDown]
    public void LiftAll()
    {
        foreach (var (c, _) in _engine.Closures.Current.Active.ToList()) _engine.Closures.Lift(c.Id);
    }

    [TestCase(1)]
    [TestCase(10)]
    [TestCase(50)]
    public void Under_closures_the_customized_hierarchy_answers_what_dijkstra_with_the_same_closures_answers(int closures)
    {
        var rng = new Random(closures);
        for (var i = 0; i < closures; i++)
            _engine.Closures.Set(RoadClosure.AroundPoint($"c{i}", _engine.Graph.Vertex(rng.Next(_engine.Graph.VertexCount)), 80));
        var current = _engine.Current;
        Assert.That(current, Is.InstanceOf<HierarchyEngine>().And.Not.SameAs(_engine.Fast), "queries stay on a hierarchy");
        var mismatches = new List<string>();
        var reroutes = 0;
        for (var o = 0; o < 20; o++)
        {
            var from = _snaps[o];
            var to = _snaps.GetRange(20 + o * 20, 20);
            var plain = new TravelTime[to.Count];
            _engine.Plain.OneToMany(from, to, plain);
            var fan = new TravelTime[to.Count];
            current.OneToMany(from, to, fan);
            for (var k = 0; k < to.Count; k++)
            {
                var single = current.Between(from, to[k]);
                if (single.Ticks != plain[k].Ticks || single.Status != plain[k].Status) mismatches.Add($"{o}->{k}: between {single.Ticks}, dijkstra {plain[k].Ticks}");
                if (fan[k].Ticks != plain[k].Ticks || fan[k].Status != plain[k].Status) mismatches.Add($"{o}->{k}: one-to-many {fan[k].Ticks}, dijkstra {plain[k].Ticks}");
                if (single.Ticks != _engine.Fast.Between(from, to[k]).Ticks) reroutes++;
            }
            var path = current.Path(from, to[0]);
            if (path is not null && path.Edges.Any(e => _engine.Closures.Current.IsClosed(e))) mismatches.Add($"{o}: path uses a closed road");
        }
        var many = _snaps.GetRange(100, 300);
        var towards = new TravelTime[many.Count];
        var plainTowards = new TravelTime[many.Count];
        current.ManyToOne(many, _snaps[0], towards);
        _engine.Plain.ManyToOne(many, _snaps[0], plainTowards);
        for (var k = 0; k < many.Count; k++)
            if (towards[k].Ticks != plainTowards[k].Ticks) mismatches.Add($"many-to-one {k}: {towards[k].Ticks}, dijkstra {plainTowards[k].Ticks}");
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
        Assert.That(reroutes, Is.GreaterThan(0), "the closures changed some answers, so the comparison means something");
    }

    [Test]
    public void The_fleet_index_answers_with_closures_as_dijkstra_does()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"v{i}").ToList();
        for (var i = 0; i < ids.Count; i++) _engine.Fleet.Update(ids[i], _snaps[200 + i]);
        var patient = _snaps[5];
        var edges = _engine.Route(_snaps[200].Snapped, patient.Snapped)!.Path.Edges;
        _engine.Closures.Set(RoadClosure.OfEdges("on-the-way", [edges[edges.Count / 2]]));
        var fleet = new TravelTime[ids.Count];
        _engine.Fleet.ManyToOne(ids, patient, fleet);
        var plain = new TravelTime[ids.Count];
        _engine.Plain.ManyToOne(_snaps.GetRange(200, ids.Count), patient, plain);
        Assert.That(fleet.Select(t => t.Ticks), Is.EqualTo(plain.Select(t => t.Ticks)));
    }

    [Test]
    public void Lifting_the_last_closure_returns_to_the_open_network_hierarchy_and_a_new_closure_takes_effect_when_set_returns()
    {
        var route = _engine.Route(_snaps[1].Snapped, _snaps[2].Snapped)!;
        var edge = route.Path.Edges[route.Path.Edges.Count / 2];
        _engine.Closures.Set(RoadClosure.OfEdges("x", [edge]));
        Assert.That(_engine.Current, Is.Not.SameAs(_engine.Plain), "customized before Set returned");
        Assert.That(_engine.Route(_snaps[1].Snapped, _snaps[2].Snapped)!.Path.Edges, Does.Not.Contain(edge));
        _engine.Closures.Lift("x");
        Assert.That(_engine.Current, Is.SameAs(_engine.Fast));
        Assert.That(_engine.Route(_snaps[1].Snapped, _snaps[2].Snapped)!.Path.Time.Ticks, Is.EqualTo(route.Path.Time.Ticks));
    }
}
