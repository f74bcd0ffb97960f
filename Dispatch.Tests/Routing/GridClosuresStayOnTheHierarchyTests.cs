using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;
using Dispatch.Routing.Synthetic;

namespace Dispatch.Tests.Routing;

/// <summary>
/// On a generated street grid the contraction order would give the customizable hierarchy a huge fill-in, so it is
/// built on a nested-dissection order instead; closures set as one batch are then customized once, and the
/// hierarchy still answers what Dijkstra with the same closures answers.
/// </summary>
[TestFixture]
public class GridClosuresStayOnTheHierarchyTests
{
    private RoadGraph _grid = null!;
    private ContractionHierarchy _hierarchy = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        _grid = LargestComponent.Extract(SyntheticRoadNetwork.Generate(new SyntheticCityPlan(2500, 3)));
        _hierarchy = HierarchyBuilder.Build(_grid);
    }

    [Test]
    public void A_grid_gets_a_dissection_order_whose_fill_in_stays_a_few_arcs_per_road_where_the_contraction_order_explodes()
    {
        var onContractionOrder = CustomizableHierarchy.TryBuild(_grid, _hierarchy.Rank, 20L * _grid.EdgeCount);
        var chosen = CustomizableHierarchy.For(_grid, _hierarchy.Rank);
        Assert.That(onContractionOrder, Is.Null, "the contraction order needs more than 20 arcs per road on a grid");
        Assert.That(chosen.ArcCount, Is.LessThanOrEqualTo(8 * _grid.EdgeCount));
    }

    [Test]
    public void Closures_set_as_one_batch_are_customized_once_and_answered_as_dijkstra_answers()
    {
        var engine = RoutingEngine.FromPrepared(_grid, _hierarchy, DefaultProfiles.Ambulance);
        var rng = new Random(11);
        var changes = 0;
        engine.Closures.Set(RoadClosure.AroundPoint("first", _grid.Vertex(rng.Next(_grid.VertexCount)), 80));
        engine.Closures.Changed += _ => changes++;
        engine.Closures.Set(Enumerable.Range(0, 10).Select(i => RoadClosure.AroundPoint($"batch-{i}", _grid.Vertex(rng.Next(_grid.VertexCount)), 80))
            .Append(RoadClosure.AroundPoint("first", _grid.Vertex(rng.Next(_grid.VertexCount)), 120)).ToList());
        var after = engine.Closures.Current;
        Assert.That(after.Active.Select(a => a.closure.Id), Is.EquivalentTo(Enumerable.Range(0, 10).Select(i => $"batch-{i}").Append("first")),
            "the batch adds its closures and replaces the one with the same id");
        Assert.That(after.Active.Single(a => a.closure.Id == "first").closure.RadiusMeters, Is.EqualTo(120));
        Assert.That(changes, Is.EqualTo(1), "one snapshot, so one customization, for the whole batch");
        Assert.That(engine.CustomizedFor(after), Is.Not.Null, "customized for the whole batch before Set returned");
        Assert.That(engine.Current, Is.InstanceOf<HierarchyEngine>().And.Not.SameAs(engine.Fast));

        var places = Enumerable.Range(0, 200).Select(_ => new SnapResult(default, default, 0, rng.Next(_grid.SegmentCount), rng.NextDouble(), 0)).ToList();
        var mismatches = new List<string>();
        var rerouted = 0;
        for (var o = 0; o < 20; o++)
        {
            var fast = new TravelTime[places.Count];
            var plain = new TravelTime[places.Count];
            engine.Current.OneToMany(places[o], places, fast);
            engine.Plain.OneToMany(places[o], places, plain);
            var open = new TravelTime[places.Count];
            engine.Fast.OneToMany(places[o], places, open);
            for (var k = 0; k < places.Count; k++)
            {
                if (fast[k].Status != plain[k].Status || fast[k].Ticks != plain[k].Ticks) mismatches.Add($"{o}->{k}: hierarchy {fast[k].Ticks}, dijkstra {plain[k].Ticks}");
                if (open[k].Ticks != plain[k].Ticks) rerouted++;
            }
        }
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
        Assert.That(rerouted, Is.GreaterThan(0), "the closures changed some answers, so the comparison means something");
    }
}
