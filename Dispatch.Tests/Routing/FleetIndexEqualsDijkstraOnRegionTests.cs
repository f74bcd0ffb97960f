using Dispatch.Routing;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// On each bundled extract the vehicle index gives exactly plain Dijkstra's many-to-one travel times, ticks and
/// metres, for a moving fleet and a changing set of available vehicles.
/// </summary>
public abstract class FleetIndexEqualsDijkstraOnRegionTests
{
    protected abstract RoutingEngine Engine { get; }

    private List<SnapResult> _snaps = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        _snaps = RoutingTestData.RandomPoints(Engine, 1200, seed: 4111).Select(Engine.TrySnap).OfType<SnapResult>().ToList();
        Assert.That(_snaps, Has.Count.GreaterThan(1000), "almost every sampled point lies near a road");
    }

    [Test]
    public void Indexed_times_and_metres_equal_dijkstra_for_moving_vehicles_and_changing_candidates()
    {
        const int fleetSize = 120, candidates = 60, patients = 25;
        var index = new FleetIndex(Engine);
        var ids = Enumerable.Range(0, fleetSize).Select(i => $"v{i}").ToArray();
        var rng = new Random(77);
        var position = new SnapResult[fleetSize];
        for (var i = 0; i < fleetSize; i++) index.Update(ids[i], position[i] = _snaps[rng.Next(_snaps.Count)]);

        var mismatches = new List<string>();
        var compared = 0;
        for (var q = 0; q < patients; q++)
        {
            // Between calls a tenth of the fleet moves, and a different half of it is available.
            for (var m = 0; m < fleetSize / 10; m++)
            {
                var v = rng.Next(fleetSize);
                index.Update(ids[v], position[v] = _snaps[rng.Next(_snaps.Count)]);
            }
            var chosen = Enumerable.Range(0, fleetSize).OrderBy(_ => rng.Next()).Take(candidates).ToArray();
            var patient = _snaps[rng.Next(_snaps.Count)];
            var indexed = new TravelTime[candidates];
            index.ManyToOne(chosen.Select(c => ids[c]).ToList(), patient, indexed);
            var plain = new TravelTime[candidates];
            Engine.Plain.ManyToOne(chosen.Select(c => position[c]).ToList(), patient, plain);
            for (var k = 0; k < candidates; k++, compared++)
                if (!indexed[k].As(plain[k]))
                    mismatches.Add($"patient {q}, vehicle {ids[chosen[k]]}: index {indexed[k]}, dijkstra {plain[k]}");
        }
        Assert.That(compared, Is.GreaterThanOrEqualTo(1000));
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Vehicles_on_the_patients_own_road_equal_dijkstra_ahead_of_and_behind_the_patient()
    {
        // Behind the patient a vehicle drives straight along the segment; ahead of it, it must go round.
        var index = new FleetIndex(Engine);
        var mismatches = new List<string>();
        foreach (var patient in _snaps.Take(40))
        {
            var fractions = new[] { 0.0, 0.1, patient.Fraction, Math.Min(1, patient.Fraction + 0.05), 0.9, 1.0 };
            var vehicles = fractions.Select(f => patient with { Fraction = f }).ToList();
            var ids = vehicles.Select((v, i) => $"on-road-{i}").ToList();
            for (var i = 0; i < vehicles.Count; i++) index.Update(ids[i], vehicles[i]);
            var indexed = new TravelTime[vehicles.Count];
            var plain = new TravelTime[vehicles.Count];
            index.ManyToOne(ids, patient, indexed);
            Engine.Plain.ManyToOne(vehicles, patient, plain);
            for (var k = 0; k < vehicles.Count; k++)
                if (!indexed[k].As(plain[k]))
                    mismatches.Add($"segment {patient.Segment} at {patient.Fraction:F3}, vehicle at {fractions[k]:F3}: index {indexed[k]}, dijkstra {plain[k]}");
        }
        Assert.That(mismatches, Is.Empty);
    }
}

[TestFixture]
public class ChengduFleetIndexEqualsDijkstraTests : FleetIndexEqualsDijkstraOnRegionTests
{
    protected override RoutingEngine Engine => RoutingTestData.Chengdu;
}

/// <summary>The larger extract lives in shared/ beside the clone, as in CI.</summary>
[TestFixture]
public class HeidelbergFleetIndexEqualsDijkstraTests : FleetIndexEqualsDijkstraOnRegionTests
{
    private static readonly Lazy<RoutingEngine> Heidelberg = new(() =>
        RoutingEngine.Open(RoutingTestData.HeidelbergPbf, RoutingTestData.CarProfile, new RoutingEngineOptions { CacheDirectory = null }));

    protected override RoutingEngine Engine => Heidelberg.Value;
}
