using System.Collections.Concurrent;
using System.Diagnostics;
using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Ranking;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// The vehicle index answers for where each vehicle is now, only for the vehicles asked about, never from a state that
/// closures have made stale, and stays exact while vehicles move during queries.
/// </summary>
[TestFixture]
public class FleetIndexTests
{
    private RoutingEngine _engine = null!;
    private List<SnapResult> _snaps = null!;

    [OneTimeSetUp]
    public void Prepare()
    {
        // A fresh engine: the closure test must not leak closures into fixtures sharing the Chengdu engine.
        _engine = RoutingTestData.FreshChengdu();
        _snaps = RoutingTestData.RandomPoints(_engine, 400, seed: 2027).Select(_engine.TrySnap).OfType<SnapResult>().ToList();
    }

    private TravelTime[] Ask(FleetIndex index, IReadOnlyList<string> ids, SnapResult patient, Deadline deadline = default)
    {
        var results = new TravelTime[ids.Count];
        index.ManyToOne(ids, patient, results, deadline);
        return results;
    }

    private TravelTime Dijkstra(SnapResult from, SnapResult to) => _engine.Plain.Between(from, to);

    private static void AssertSame(TravelTime actual, TravelTime expected, string? what = null) =>
        Assert.That(actual.As(expected), Is.True, $"{what} index {actual}, dijkstra {expected}");

    [Test]
    public void A_moved_vehicle_is_timed_from_its_new_position_and_never_from_the_old()
    {
        var index = new FleetIndex(_engine);
        var patient = _snaps[0];
        // Two positions with clearly different times to the patient.
        var (from, to) = (_snaps[1], _snaps.Skip(2).First(s => Math.Abs(Dijkstra(s, patient).Ticks - Dijkstra(_snaps[1], patient).Ticks) > 60 * TravelTicks.PerSecond));
        var handle = index.Update("amb-1", from);
        AssertSame(Ask(index, ["amb-1"], patient)[0], Dijkstra(from, patient));

        Assert.That(index.Update("amb-1", to), Is.EqualTo(handle), "a vehicle keeps its handle when it moves");
        var moved = Ask(index, ["amb-1"], patient)[0];
        AssertSame(moved, Dijkstra(to, patient));
        Assert.That(moved.Ticks, Is.Not.EqualTo(Dijkstra(from, patient).Ticks));
        var byHandle = new TravelTime[1];
        index.ManyToOne([handle], patient, byHandle);
        Assert.That(byHandle[0], Is.EqualTo(moved));
        Assert.That(index.PositionOf("amb-1"), Is.EqualTo(to));
        Assert.That(index.Count, Is.EqualTo(1));
    }

    [Test]
    public void A_report_that_snaps_to_the_same_place_does_not_rebuild_the_vehicles_entries()
    {
        var index = new FleetIndex(_engine);
        index.Update("amb-1", _snaps[1]);
        var rebuilds = index.Rebuilds;
        var entries = index.EntryCount;
        // A new GPS fix that lands on the same spot of the same road.
        index.Update("amb-1", _snaps[1] with { Query = new GeoPoint(_snaps[1].Query.Lon + 1e-6, _snaps[1].Query.Lat) });
        Assert.That(index.Rebuilds, Is.EqualTo(rebuilds));
        Assert.That(index.EntryCount, Is.EqualTo(entries));
        index.Update("amb-1", _snaps[2]);
        Assert.That(index.Rebuilds, Is.EqualTo(rebuilds + 1));
    }

    [Test]
    public void A_removed_vehicle_gets_no_time_and_its_old_handle_matches_nothing_when_its_place_is_reused()
    {
        var index = new FleetIndex(_engine);
        var patient = _snaps[0];
        var gone = index.Update("amb-gone", _snaps[1]);
        index.Update("amb-stays", _snaps[2]);
        var entriesBoth = index.EntryCount;

        Assert.That(index.Remove("amb-gone"), Is.True);
        Assert.That(index.Remove("amb-gone"), Is.False, "removing twice reports that nothing was removed");
        Assert.That(index.EntryCount, Is.LessThan(entriesBoth), "its bucket entries are dropped");
        Assert.That(index.Count, Is.EqualTo(1));
        var afterRemove = Ask(index, ["amb-gone", "amb-stays"], patient);
        Assert.That(afterRemove[0].Status, Is.EqualTo(TravelStatus.NotComputed));
        AssertSame(afterRemove[1], Dijkstra(_snaps[2], patient));

        var newcomer = index.Update("amb-new", _snaps[3]);
        var results = new TravelTime[2];
        index.ManyToOne([gone, newcomer], patient, results);
        Assert.That(results[0].Status, Is.EqualTo(TravelStatus.NotComputed), "the removed vehicle's handle does not name the newcomer");
        AssertSame(results[1], Dijkstra(_snaps[3], patient));
        Assert.That(index.HandleOf("amb-gone"), Is.EqualTo(default(VehicleHandle)));
    }

    [Test]
    public void Only_the_candidates_asked_about_get_times_even_when_other_indexed_vehicles_are_closer()
    {
        var index = new FleetIndex(_engine);
        var patient = _snaps[0];
        // Vehicles right at the patient are indexed but not available.
        for (var i = 0; i < 5; i++) index.Update($"busy-{i}", patient with { Fraction = i / 4.0 });
        var candidates = Enumerable.Range(10, 30).Select(i => $"free-{i}").ToList();
        for (var i = 10; i < 40; i++) index.Update($"free-{i}", _snaps[i]);

        var results = Enumerable.Repeat(new TravelTime(TravelStatus.Reached, -1, -1), candidates.Count + 5).ToArray();
        index.ManyToOne(candidates, patient, results);
        for (var k = 0; k < candidates.Count; k++)
            AssertSame(results[k], Dijkstra(_snaps[10 + k], patient), candidates[k]);
        Assert.That(results.Skip(candidates.Count).Select(r => r.Ticks), Is.All.EqualTo(-1), "nothing is written past the candidates");
        Assert.That(Ask(index, ["busy-0", "unknown"], patient).Select(r => r.Status), Is.EqualTo(new[] { TravelStatus.Reached, TravelStatus.NotComputed }));
    }

    [Test]
    public void A_passed_deadline_leaves_every_result_not_computed()
    {
        var index = new FleetIndex(_engine);
        var ids = Enumerable.Range(1, 50).Select(i => $"v{i}").ToList();
        for (var i = 0; i < ids.Count; i++) index.Update(ids[i], _snaps[i + 1]);
        Assert.That(Ask(index, ids, _snaps[0], Deadline.After(TimeSpan.Zero)).Select(r => r.Status), Is.All.EqualTo(TravelStatus.NotComputed));
        Assert.That(Ask(index, ids, _snaps[0], Deadline.After(TimeSpan.FromSeconds(10))).Select(r => r.Status), Is.All.EqualTo(TravelStatus.Reached));
    }

    [Test]
    public void An_active_road_closure_changes_the_indexed_answer_and_lifting_it_restores_it()
    {
        var index = _engine.Fleet;
        var (vehicle, patient) = (_snaps[5], _snaps[6]);
        index.Update("amb-closure", vehicle);
        var before = Ask(index, ["amb-closure"], patient)[0];
        var path = _engine.Plain.Path(vehicle, patient)!;
        var middle = path.Edges[path.Edges.Count / 2];
        _engine.Closures.Set(RoadClosure.OfEdges("fleet-closure", [middle], "accident"));
        try
        {
            var during = Ask(index, ["amb-closure"], patient)[0];
            AssertSame(during, _engine.Plain.Between(vehicle, patient), "answered around the closure");
            Assert.That(during.Ticks, Is.GreaterThan(before.Ticks), "not from the closure-free buckets");
            var ranked = new VehicleRanker(_engine).Rank(new VehicleRequest { Patient = patient.Query, Now = DateTimeOffset.UtcNow },
                [new VehicleCandidate { Id = "amb-closure", Lon = vehicle.Query.Lon, Lat = vehicle.Query.Lat, Available = true, LastSeen = DateTimeOffset.UtcNow }],
                TimeSpan.FromSeconds(10));
            Assert.That(ranked.Ranked.Single().Time.Ticks, Is.EqualTo(_engine.TravelTime(vehicle.Query, patient.Query).Ticks), "ranking honours the closure too");
        }
        finally { _engine.Closures.Lift("fleet-closure"); }
        Assert.That(Ask(index, ["amb-closure"], patient)[0], Is.EqualTo(before));
    }

    [Test]
    public void Ranking_through_the_index_equals_ranking_without_it_while_vehicles_move()
    {
        var rng = new Random(11);
        var now = DateTimeOffset.UtcNow;
        var indexed = new VehicleRanker(_engine, new FleetIndex(_engine));
        var searched = new VehicleRanker(_engine, fleet: null);
        var points = _snaps.Select(s => s.Query).ToList();
        for (var call = 0; call < 5; call++)
        {
            // Each call some vehicles have moved, and a few are busy.
            var vehicles = Enumerable.Range(0, 60).Select(i => new VehicleCandidate
            {
                Id = $"v{i}", Lon = points[(i + (rng.Next(3) == 0 ? call * 61 : 0)) % points.Count].Lon,
                Lat = points[(i + (rng.Next(3) == 0 ? call * 61 : 0)) % points.Count].Lat,
                Available = i % 7 != 0, LastSeen = now,
            }).ToList();
            var request = new VehicleRequest { Patient = points[300 + call], Now = now };
            var a = indexed.Rank(request, vehicles, TimeSpan.FromSeconds(10));
            var b = searched.Rank(request, vehicles, TimeSpan.FromSeconds(10));
            Assert.That(a.Ranked.Select(r => (r.Candidate.Id, r.Time.Ticks, Math.Round(r.Time.Meters, 6), r.Estimated)),
                Is.EqualTo(b.Ranked.Select(r => (r.Candidate.Id, r.Time.Ticks, Math.Round(r.Time.Meters, 6), r.Estimated))), $"call {call}");
            Assert.That(a.Excluded.Select(e => (e.CandidateId, e.Reason)), Is.EquivalentTo(b.Excluded.Select(e => (e.CandidateId, e.Reason))));
            Assert.That(a.Approximate, Is.False);
        }
    }

    [Test]
    public void A_vehicle_listed_twice_at_two_places_is_ranked_from_each_place_as_without_the_index()
    {
        // Two records with one id (say a stale and a fresh copy): the index can hold only one of them.
        var now = DateTimeOffset.UtcNow;
        VehicleCandidate At(SnapResult s) => new() { Id = "amb-twice", Lon = s.Query.Lon, Lat = s.Query.Lat, Available = true, LastSeen = now };
        var vehicles = new[] { At(_snaps[20]), At(_snaps[21]) };
        var request = new VehicleRequest { Patient = _snaps[0].Query, Now = now };
        var indexed = new VehicleRanker(_engine, new FleetIndex(_engine)).Rank(request, vehicles, TimeSpan.FromSeconds(10));
        var searched = new VehicleRanker(_engine, fleet: null).Rank(request, vehicles, TimeSpan.FromSeconds(10));
        Assert.That(indexed.Ranked.Select(r => (r.Candidate.Lon, r.Time.Ticks, r.Estimated)),
            Is.EqualTo(searched.Ranked.Select(r => (r.Candidate.Lon, r.Time.Ticks, r.Estimated))));
        Assert.That(indexed.Ranked.Select(r => r.Time.Ticks).Distinct().Count(), Is.EqualTo(2), "each record has its own time");
    }

    [Test]
    public void Queries_during_concurrent_moves_and_removals_always_see_a_vehicle_at_one_of_its_reported_positions()
    {
        var index = new FleetIndex(_engine);
        var patients = _snaps.Take(8).ToList();
        // Each vehicle shuttles between two positions; the "spare" ones are also removed and re-added.
        const int vehicles = 40;
        var ids = Enumerable.Range(0, vehicles).Select(i => i % 4 == 0 ? $"spare-{i}" : $"amb-{i}").ToArray();
        var at = Enumerable.Range(0, vehicles).Select(i => (a: _snaps[10 + 2 * i], b: _snaps[11 + 2 * i])).ToArray();
        var expected = patients.Select(p => at.Select(x => (a: Dijkstra(x.a, p), b: Dijkstra(x.b, p))).ToArray()).ToArray();
        for (var i = 0; i < vehicles; i++) index.Update(ids[i], at[i].a);

        var errors = new ConcurrentQueue<string>();
        // Dedicated threads, so a thread pool busy with other fixtures cannot starve them; they run until enough
        // queries and moves have overlapped, or a generous time cap on a loaded machine.
        const int enoughQueries = 2000, enoughMoves = 5000;
        var cap = Stopwatch.StartNew();
        var queries = 0;
        var moves = 0;
        bool Finished() => !errors.IsEmpty || cap.Elapsed > TimeSpan.FromSeconds(60) ||
            (Volatile.Read(ref queries) >= enoughQueries && Volatile.Read(ref moves) >= enoughMoves);
        Thread Start(Action body)
        {
            var t = new Thread(() => { try { body(); } catch (Exception e) { errors.Enqueue(e.ToString()); } });
            t.Start();
            return t;
        }
        var movers = Enumerable.Range(0, 2).Select(w => Start(() =>
        {
            var rng = new Random(w);
            while (!Finished())
            {
                var i = rng.Next(vehicles);
                if (w == 1 && ids[i].StartsWith("spare", StringComparison.Ordinal) && rng.Next(2) == 0) index.Remove(ids[i]);
                else index.Update(ids[i], rng.Next(2) == 0 ? at[i].a : at[i].b);
                Interlocked.Increment(ref moves);
            }
        })).ToList();
        var askers = Enumerable.Range(0, 2).Select(r => Start(() =>
        {
            var rng = new Random(100 + r);
            var results = new TravelTime[vehicles];
            while (!Finished())
            {
                var q = rng.Next(patients.Count);
                Array.Clear(results);
                index.ManyToOne(ids, patients[q], results);
                for (var i = 0; i < vehicles; i++)
                {
                    var t = results[i];
                    var ok = t.As(expected[q][i].a) || t.As(expected[q][i].b) || (t.Status == TravelStatus.NotComputed && ids[i].StartsWith("spare", StringComparison.Ordinal));
                    if (!ok) errors.Enqueue($"{ids[i]} to patient {q}: {t}, expected {expected[q][i].a} or {expected[q][i].b}");
                }
                Interlocked.Increment(ref queries);
            }
        })).ToList();
        foreach (var t in movers.Concat(askers)) t.Join();
        Assert.That(errors, Is.Empty);
        Assert.That(queries, Is.GreaterThanOrEqualTo(enoughQueries), "enough queries overlapped the moves");
        Assert.That(moves, Is.GreaterThanOrEqualTo(enoughMoves));
    }
}
