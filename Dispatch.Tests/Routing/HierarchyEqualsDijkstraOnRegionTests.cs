using Dispatch.Routing;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Import;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// On each bundled extract the fast engine's travel times equal plain Dijkstra's, for a thousand seeded random
/// pairs and for pairs that cannot be routed at all. Each region is prepared once per fixture.
/// </summary>
public abstract class HierarchyEqualsDijkstraOnRegionTests
{
    protected abstract string Pbf { get; }
    protected abstract RoutingEngine OpenEngine();

    private RoutingEngine _engine = null!;
    private List<SnapResult> _snaps = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        Assert.That(File.Exists(Pbf), Is.True, $"expected {Pbf}");
        _engine = OpenEngine();
        _snaps = RoutingTestData.RandomPoints(_engine, 1500, seed: 1009).Select(_engine.TrySnap).OfType<SnapResult>().ToList();
        Assert.That(_snaps, Has.Count.GreaterThan(1200), "almost every sampled point lies near a road");
    }

    private static void AssertSame(TravelTime fast, TravelTime plain, List<string> mismatches, string what)
    {
        if (fast.Status != plain.Status || fast.Ticks != plain.Ticks)
            mismatches.Add($"{what}: fast {fast.Status} {fast.Ticks} ticks, dijkstra {plain.Status} {plain.Ticks} ticks");
    }

    [Test]
    public void Fast_point_to_point_equals_dijkstra_sweeps_on_a_thousand_random_pairs()
    {
        // Dijkstra answers each origin's 25 destinations in one one-to-many search; the fast side is queried pair by pair.
        const int origins = 40, perOrigin = 25;
        var mismatches = new List<string>();
        var compared = 0;
        for (var o = 0; o < origins; o++)
        {
            var from = _snaps[o];
            var to = _snaps.GetRange(origins + o * perOrigin, perOrigin);
            var plain = new TravelTime[perOrigin];
            _engine.Plain.OneToMany(from, to, plain);
            for (var k = 0; k < perOrigin; k++)
            {
                var fast = _engine.Fast.Between(from, to[k]);
                Assert.That(fast.Status, Is.EqualTo(TravelStatus.Reached), "the engine keeps only the strongly connected core");
                AssertSame(fast, plain[k], mismatches, $"origin {o} -> destination {k}");
                compared++;
            }
        }
        Assert.That(compared, Is.GreaterThanOrEqualTo(1000));
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Fast_equals_dijkstra_point_to_point_on_three_hundred_pairs()
    {
        var mismatches = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            SnapResult a = _snaps[600 + 2 * i], b = _snaps[601 + 2 * i];
            AssertSame(_engine.Fast.Between(a, b), _engine.Plain.Between(a, b), mismatches, $"pair {i}");
        }
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Fans_over_two_hundred_vehicles_and_thirty_hospitals_equal_dijkstra()
    {
        var vehicles = _snaps.GetRange(0, 200);
        var hospitals = _snaps.GetRange(200, 30);
        var mismatches = new List<string>();
        foreach (var patient in _snaps.GetRange(1000, 10))
        {
            TravelTime[] fastIn = new TravelTime[200], plainIn = new TravelTime[200];
            _engine.Fast.ManyToOne(vehicles, patient, fastIn);
            _engine.Plain.ManyToOne(vehicles, patient, plainIn);
            for (var k = 0; k < 200; k++) AssertSame(fastIn[k], plainIn[k], mismatches, $"vehicle {k} to patient");
            // Large end sets take the memoised closure, small ones the cached rank sweep: cover both directions of each.
            _engine.Fast.OneToMany(patient, vehicles, fastIn);
            _engine.Plain.OneToMany(patient, vehicles, plainIn);
            for (var k = 0; k < 200; k++) AssertSame(fastIn[k], plainIn[k], mismatches, $"patient to vehicle {k}");
            TravelTime[] fastOut = new TravelTime[30], plainOut = new TravelTime[30];
            _engine.Fast.OneToMany(patient, hospitals, fastOut);
            _engine.Plain.OneToMany(patient, hospitals, plainOut);
            for (var k = 0; k < 30; k++) AssertSame(fastOut[k], plainOut[k], mismatches, $"patient to hospital {k}");
            _engine.Fast.ManyToOne(hospitals, patient, fastOut);
            _engine.Plain.ManyToOne(hospitals, patient, plainOut);
            for (var k = 0; k < 30; k++) AssertSame(fastOut[k], plainOut[k], mismatches, $"hospital {k} to patient");
        }
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Pairs_on_cut_off_components_are_unreachable_for_both_engines()
    {
        // The engine drops cut-off pieces, so build both engines on the whole import, small components included.
        var raw = OsmRoadImporter.ImportPbf(Pbf, RoutingTestData.CarProfile);
        LargestComponent.StrongComponents(raw, out var components);
        Assert.That(components, Is.GreaterThan(1), "the extract has cut-off pieces");
        var fast = new HierarchyEngine(raw, HierarchyBuilder.Build(raw));
        var plain = new DijkstraEngine(raw);
        var rng = new Random(2003);
        SnapResult Place() => new(default, default, 0, rng.Next(raw.SegmentCount), rng.NextDouble(), 0);
        var mismatches = new List<string>();
        var unreachable = 0;
        for (var i = 0; i < 300; i++)
        {
            var (a, b) = (Place(), Place());
            var f = fast.Between(a, b);
            AssertSame(f, plain.Between(a, b), mismatches, $"segment {a.Segment} -> {b.Segment}");
            if (f.Status != TravelStatus.Unreachable) continue;
            unreachable++;
            Assert.That(f.Seconds, Is.NaN);
            Assert.That(fast.Path(a, b), Is.Null);
        }
        Assert.That(mismatches, Is.Empty);
        Assert.That(unreachable, Is.GreaterThan(10), "enough pairs cross between components to prove the point");
    }

    [Test]
    public void Points_far_from_every_road_are_not_snappable_and_have_no_travel_time()
    {
        var nowhere = new GeoPoint(_engine.Graph.Vertex(0).Lon + 1.0, _engine.Graph.Vertex(0).Lat + 1.0);
        var somewhere = _snaps[0].Query;
        Assert.That(_engine.TrySnap(nowhere), Is.Null);
        var time = _engine.TravelTime(somewhere, nowhere);
        Assert.That(time.Status, Is.EqualTo(TravelStatus.NotSnappable));
        Assert.That(time.Seconds, Is.NaN);
        var fan = _engine.ManyToOne([nowhere, somewhere], _snaps[1].Query);
        Assert.That(fan[0].Status, Is.EqualTo(TravelStatus.NotSnappable));
        Assert.That(fan[1].Ticks, Is.EqualTo(_engine.Plain.Between(_snaps[0], _snaps[1]).Ticks));
    }
}
