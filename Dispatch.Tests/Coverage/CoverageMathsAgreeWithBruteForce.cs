using Dispatch.Routing;
using Dispatch.Server.Coverage.Maths;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// The coverage picture, a vehicle's removal and every move-up option, each checked against computing it again from
/// scratch with plain Dijkstra searches on a small generated city.
/// </summary>
[TestFixture]
public sealed class CoverageMathsAgreeWithBruteForce
{
    private SmallCity _city = null!;
    private List<GeoPoint> _vehicles = null!;

    [OneTimeSetUp]
    public void BuildCity()
    {
        _city = new SmallCity();
        _vehicles = _city.RandomJunctions(6, 11);
    }

    [Test]
    public void Nearest_and_second_nearest_times_and_the_covered_demand_equal_one_dijkstra_per_vehicle()
    {
        var picture = _city.Picture(_vehicles);
        var reference = new CoveragePicture(_city.Grid, _city.BruteForce(_vehicles), _vehicles.Count);

        Assert.That(_city.Grid.Count, Is.GreaterThan(50), "cells in the small city");
        Assert.Multiple(() =>
        {
            Assert.That(picture.Times.First, Is.EqualTo(reference.Times.First), "nearest times");
            Assert.That(picture.Times.Second, Is.EqualTo(reference.Times.Second), "second-nearest times");
            Assert.That(picture.Covered, Is.EqualTo(reference.Covered).Within(1e-9), "covered demand");
            Assert.That(picture.CoveredTwice, Is.EqualTo(reference.CoveredTwice).Within(1e-9), "demand covered twice");
            Assert.That(picture.Bands, Is.EqualTo(reference.Bands), "bands");
            for (var z = 0; z < _city.Zones.All.Count; z++)
                Assert.That(picture.ZoneShare(z), Is.EqualTo(reference.ZoneShare(z)).Within(1e-12), $"zone {z} share");
        });
        Assert.That(picture.CoveredShare, Is.InRange(0.05, 0.999), "the test city is neither empty nor fully covered, so coverage is exercised");
        for (var c = 0; c < picture.Times.Count; c++)
            if (picture.Times.First[c] < picture.Times.Second[c])
                Assert.That(picture.Times.FirstSource[c], Is.EqualTo(reference.Times.FirstSource[c]), $"nearest vehicle of cell {c}");
    }

    [Test]
    public void Under_a_closure_coverage_still_equals_one_dijkstra_per_vehicle_and_changes()
    {
        var city = new SmallCity(seed: 3);
        var vehicles = city.RandomJunctions(6, 5);
        var open = city.Picture(vehicles);
        // Close the roads around the first vehicle's neighbourhood: its cells must be reached some other way, or not at all.
        var around = vehicles[0];
        city.Engine.Closures.Set(Dispatch.Routing.Closures.RoadClosure.AlongLine("test", [new GeoPoint(around.Lon - 0.004, around.Lat), new GeoPoint(around.Lon + 0.004, around.Lat)], 60, "test"));
        var closed = city.Picture(vehicles);
        var reference = city.BruteForce(vehicles);

        Assert.That(closed.Times.First, Is.EqualTo(reference.First), "nearest times under the closure");
        Assert.That(closed.Times.Second, Is.EqualTo(reference.Second), "second-nearest times under the closure");
        Assert.That(closed.Times.First, Is.Not.EqualTo(open.Times.First), "the closure changed what is covered");
    }

    [Test]
    public void Removing_a_vehicle_changes_exactly_the_cells_it_was_nearest_to()
    {
        var picture = _city.Picture(_vehicles);
        for (var k = 0; k < _vehicles.Count; k++)
        {
            var without = _vehicles.Where((_, i) => i != k).ToList();
            var recomputed = _city.Picture(without);
            var changed = Enumerable.Range(0, picture.Times.Count).Where(c => recomputed.Times.First[c] != picture.Times.First[c]).ToList();
            var expected = picture.NearestTo(k).ToArray().Where(c => picture.Times.Second[c] > picture.Times.First[c]).Order().ToList();

            Assert.That(changed, Is.EqualTo(expected), $"cells changed by removing vehicle {k}");
            Assert.That(picture.NearestTo(k).ToArray().Select(c => recomputed.Times.First[c]),
                Is.EqualTo(picture.NearestTo(k).ToArray().Select(c => picture.Times.Second[c])), $"vehicle {k}'s cells fall back to their second-nearest");
            var effect = picture.Remove(k);
            Assert.That(effect.LostDemand, Is.EqualTo(picture.Covered - recomputed.Covered).Within(1e-9), $"demand lost with vehicle {k}");
            foreach (var zone in effect.Zones)
                Assert.That(zone.ShareAfter, Is.EqualTo(recomputed.ZoneShare(zone.Zone)).Within(1e-12), $"zone {zone.Zone} without vehicle {k}");
        }
        Assert.That(Enumerable.Range(0, _vehicles.Count).Any(k => picture.Remove(k).LostDemand > 0), "some vehicle's removal costs coverage");
    }

    [Test]
    public void Every_move_up_gain_equals_recomputing_coverage_with_the_vehicle_at_the_post()
    {
        var picture = _city.Picture(_vehicles);
        var posts = _city.PostTimes();
        var candidates = Enumerable.Range(0, _vehicles.Count).ToList();
        var options = MoveUpPlanner.Rank(picture, posts, candidates);

        Assert.That(options, Has.Count.EqualTo(_vehicles.Count * _city.Posts.Count));
        foreach (var option in options)
        {
            var moved = _vehicles.Select((p, i) => i == option.Source ? _city.Posts[option.Post] : p).ToList();
            var recomputed = _city.Picture(moved);
            Assert.That(option.GainDemand, Is.EqualTo(recomputed.Covered - picture.Covered).Within(1e-9),
                $"vehicle {option.Source} to post {option.Post}");
        }
        Assert.That(options[0].GainDemand, Is.GreaterThan(0), "the best move gains something in this city");
    }

    [Test]
    public void A_suggested_move_says_which_zones_it_leaves_below_target_and_its_share_after_is_the_recomputed_one()
    {
        var picture = _city.Picture(_vehicles);
        var posts = _city.PostTimes();
        var plans = MoveUpPlanner.Suggest(picture, posts, Enumerable.Range(0, _vehicles.Count).ToList(), 3, zoneTargetShare: 1.0);

        Assert.That(plans, Is.Not.Empty);
        Assert.That(plans.Select(p => p.Move.Source).Distinct().Count(), Is.EqualTo(plans.Count), "each suggestion moves a different vehicle");
        foreach (var plan in plans)
        {
            var moved = _vehicles.Select((p, i) => i == plan.Move.Source ? _city.Posts[plan.Move.Post] : p).ToList();
            var recomputed = _city.Picture(moved);
            Assert.That(plan.ShareAfter, Is.EqualTo(recomputed.CoveredShare).Within(1e-12));
            var droppedBelow = Enumerable.Range(0, _city.Zones.All.Count)
                .Where(z => recomputed.ZoneShare(z) < picture.ZoneShare(z) - 1e-12 && recomputed.ZoneShare(z) < 1.0).ToList();
            Assert.That(plan.LeftBelowTarget.Select(z => z.Zone), Is.EquivalentTo(droppedBelow), "zones named as left below target");
        }
    }
}
