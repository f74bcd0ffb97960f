using Dispatch.Server.Routing;
using System.Diagnostics;
using System.Globalization;
using Dispatch.Routing;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Server.Tools.Bench.Routing;

/// <summary>
/// Times the fast engine and plain Dijkstra on the same sampled queries in one run, and checks that they agree
/// to the tick (100 µs, the unit the engines add). Returns the number of mismatches.
/// </summary>
internal static class RoutingBenchmark
{
    public const int Hospitals = 30;
    public const int Vehicles = 200;

    public static int Run(RoutingEngine engine, int queries, int seed, TextWriter output)
    {
        var rng = new Random(seed);
        var points = Enumerable.Range(0, queries * 2 + Hospitals + 2 * Vehicles).Select(_ => Sample(engine, rng)).ToList();
        var snapTimes = new List<double>();
        var snaps = new List<SnapResult>();
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.ElapsedMilliseconds < 600; i++) engine.TrySnap(points[i % points.Count]); // warm-up
        foreach (var p in points)
        {
            var t0 = Stopwatch.GetTimestamp();
            var s = engine.TrySnap(p);
            snapTimes.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            if (s is not null) snaps.Add(s);
        }
        var hospitals = snaps.Take(Hospitals).ToList();
        var fleet = snaps.Skip(Hospitals).Take(2 * Vehicles).ToList();
        var patients = snaps.Skip(Hospitals + 2 * Vehicles).ToList();

        var tally = new Tally();
        var rows = new List<(string name, Stats fast, Stats? plain)> { ("snap", Stats.Of(snapTimes), null) };

        var pairs = Enumerable.Range(0, patients.Count / 2).Select(i => (patients[2 * i], patients[2 * i + 1])).ToList();
        var fastP2P = Measure(pairs, p => engine.Fast.Between(p.Item1, p.Item2));
        var plainP2P = Measure(pairs, p => engine.Plain.Between(p.Item1, p.Item2));
        Compare(fastP2P.results, plainP2P.results, tally);
        rows.Add(("point-to-point", fastP2P.stats, plainP2P.stats));

        var fanPatients = patients.Take(Math.Max(20, queries / 3)).ToList();
        var fastO2M = Measure(fanPatients, p => Fan(r => engine.Fast.OneToMany(p, hospitals, r), Hospitals));
        var plainO2M = Measure(fanPatients, p => Fan(r => engine.Plain.OneToMany(p, hospitals, r), Hospitals));
        Compare(fastO2M.results, plainO2M.results, tally);
        rows.Add(($"one-to-many ({Hospitals} hospitals)", fastO2M.stats, plainO2M.stats));

        // Steady state of a dispatch centre: the 400-vehicle fleet is indexed once and kept current as vehicles report
        // positions; each call asks for a fresh random 200 of them (the available ones) to a fresh patient.
        var vehicleSets = fanPatients.Select((p, i) => (p, fleet.Select((_, k) => k).OrderBy(_ => rng.Next()).Take(Vehicles).ToList())).ToList();
        var index = new FleetIndex(engine);
        var fleetIds = fleet.Select((_, k) => $"vehicle-{k}").ToArray();
        // The dispatch centre keeps each vehicle's handle from its last update with the vehicle's record.
        var handles = fleet.Select((snap, k) => index.Update(fleetIds[k], snap)).ToArray();
        var indexedSets = vehicleSets.Select(q => (q.p, ids: q.Item2.Select(k => fleetIds[k]).ToList(), handles: q.Item2.Select(k => handles[k]).ToArray())).ToList();
        var snapSets = vehicleSets.Select(q => (q.p, snaps: q.Item2.Select(k => fleet[k]).ToList())).ToList();
        var indexedM2O = Measure(indexedSets, q => Fan(r => index.ManyToOne(q.handles, q.p, r), Vehicles));
        var byIdM2O = Measure(indexedSets, q => Fan(r => index.ManyToOne(q.ids, q.p, r), Vehicles));
        var plainM2O = Measure(snapSets, q => Fan(r => engine.Plain.ManyToOne(q.snaps, q.p, r), Vehicles));
        Compare(indexedM2O.results, plainM2O.results, tally);
        Compare(byIdM2O.results, plainM2O.results, tally);
        rows.Add(($"many-to-one ({Vehicles} of {fleet.Count} indexed)", indexedM2O.stats, plainM2O.stats));
        rows.Add(("  same, candidates by id", byIdM2O.stats, plainM2O.stats));
        // Without the index every call searches from each vehicle again: nothing is reused between calls.
        var fastM2O = Measure(snapSets, q => Fan(r => engine.Fast.ManyToOne(q.snaps, q.p, r), Vehicles));
        Compare(fastM2O.results, plainM2O.results, tally);
        rows.Add(("  same, no index", fastM2O.stats, plainM2O.stats));
        // The alternative measured against it: one pruned upward search per vehicle that reads the patient's labels.
        var perVehicle = new HierarchyEngine(engine.Graph, engine.Hierarchy) { SweepThreshold = int.MaxValue };
        var perVehicleM2O = Measure(snapSets, q => Fan(r => perVehicle.ManyToOne(q.snaps, q.p, r), Vehicles));
        Compare(perVehicleM2O.results, plainM2O.results, tally);
        rows.Add(("  same, search per vehicle", perVehicleM2O.stats, plainM2O.stats));
        // What keeping the index current costs: one vehicle reports a new position, anywhere among the sampled points.
        var movers = Enumerable.Range(0, 4 * fleet.Count).Select(_ => fleetIds[rng.Next(fleet.Count)]).ToList();
        var update = Measure(movers, id =>
        {
            var from = index.PositionOf(id)!;
            var to = snaps[rng.Next(snaps.Count)];
            while (to.Segment == from.Segment) to = snaps[rng.Next(snaps.Count)];
            index.Update(id, to);
            return TravelTime.Unreachable;
        });
        rows.Add(("index update (moved vehicle)", update.stats, null));
        // The index must still be exact after all those moves, and the handles still name the same vehicles.
        var afterMoves = indexedSets.Take(20).Select(q => (q.p, q.handles, snaps: q.ids.Select(id => index.PositionOf(id)!).ToList())).ToList();
        Compare(afterMoves.Select(q => Fan(r => index.ManyToOne(q.handles, q.p, r), Vehicles)).ToList(),
            afterMoves.Select(q => Fan(r => engine.Plain.ManyToOne(q.snaps, q.p, r), Vehicles)).ToList(), tally);

        foreach (var extra in RoutingBenchmarkRanking.Rows(engine, points.Skip(Hospitals + 2 * Vehicles).Take(fanPatients.Count).ToList(),
                     points.Take(Hospitals).ToList(), points.Skip(Hospitals).Take(Vehicles).ToList(), output))
            rows.Add(extra);

        rows.AddRange(RoutingBenchmarkClosures.Rows(engine, patients, hospitals, fleet, points.Skip(Hospitals).Take(2 * Vehicles).ToList(), tally));

        output.WriteLine();
        output.WriteLine($"{"query",-44} {"fast p50",10} {"fast p99",10} {"dijkstra p50",13} {"dijkstra p99",13} {"ratio p50",10} {"ratio p99",10}");
        foreach (var (name, fast, plain) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-44} {Ms(fast.P50),10} {Ms(fast.P99),10} {(plain is null ? "-" : Ms(plain.P50)),13} {(plain is null ? "-" : Ms(plain.P99)),13} {(plain is null ? "-" : Ratio(plain.P50, fast.P50)),10} {(plain is null ? "-" : Ratio(plain.P99, fast.P99)),10}"));
        }
        output.WriteLine();
        output.WriteLine($"travel times compared: {tally.Compared}, mismatches: {tally.Mismatches}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"same ticks but metres more than 1 cm apart (tied paths): {tally.MetresApart}, at most {tally.MaxMetresApart:0.000} m"));
        return tally.Mismatches;
    }

    private static string Ms(double ms) => ms.ToString("0.000", CultureInfo.InvariantCulture) + " ms";
    private static string Ratio(double plain, double fast) => (plain / Math.Max(fast, 1e-9)).ToString("0.0", CultureInfo.InvariantCulture) + "x";

    internal static TravelTime[] Fan(Action<TravelTime[]> run, int count)
    {
        var r = new TravelTime[count];
        run(r);
        return r;
    }

    internal static (Stats stats, List<TravelTime[]> results) Measure<T>(List<T> inputs, Func<T, TravelTime> query) =>
        Measure(inputs, x => new[] { query(x) });

    private const int MinSamples = 1000, MinSeriesMs = 250;

    internal static (Stats stats, List<TravelTime[]> results) Measure<T>(List<T> inputs, Func<T, TravelTime[]> query)
    {
        // Warm-up long enough for tiered JIT to promote the hot loops, so the table shows steady-state speed.
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.ElapsedMilliseconds < 600 || i < 30; i++) query(inputs[i % inputs.Count]);
        var times = new List<double>(inputs.Count);
        var results = new List<TravelTime[]>(inputs.Count);
        GC.Collect(); // start each series from a clean heap so one series' garbage is not charged to the next
        GC.WaitForPendingFinalizers();
        // A pass over a few dozen fast queries lasts well under a millisecond, so one scheduling hiccup on a shared
        // machine would move its median: the inputs are timed again until the series is long enough to outlast one.
        var timed = Stopwatch.StartNew();
        for (var pass = 0; pass == 0 || times.Count < MinSamples || timed.ElapsedMilliseconds < MinSeriesMs; pass++)
            foreach (var x in inputs)
            {
                var t0 = Stopwatch.GetTimestamp();
                var r = query(x);
                times.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (pass == 0) results.Add(r);
            }
        return (Stats.Of(times), results);
    }

    /// <summary>
    /// Status and time (to the tick) must match. Metres are compared to a centimetre but counted apart: where two paths
    /// tie to the tick each engine may take either, so a difference there is not a wrong answer.
    /// </summary>
    internal sealed class Tally
    {
        public int Compared, Mismatches, MetresApart;
        public double MaxMetresApart;
    }

    internal static void Compare(List<TravelTime[]> fast, List<TravelTime[]> plain, Tally tally)
    {
        for (var i = 0; i < fast.Count; i++)
            for (var k = 0; k < fast[i].Length; k++)
            {
                var (a, b) = (fast[i][k], plain[i][k]);
                tally.Compared++;
                if (a.Status != b.Status || a.Ticks != b.Ticks) tally.Mismatches++;
                else if (a.IsReached && Math.Abs(a.Meters - b.Meters) > 0.01)
                {
                    tally.MetresApart++;
                    tally.MaxMetresApart = Math.Max(tally.MaxMetresApart, Math.Abs(a.Meters - b.Meters));
                }
            }
    }

    private static GeoPoint Sample(RoutingEngine engine, Random rng)
    {
        var v = engine.Graph.Vertex(rng.Next(engine.Graph.VertexCount));
        return new GeoPoint(v.Lon + (rng.NextDouble() - 0.5) * 0.003, v.Lat + (rng.NextDouble() - 0.5) * 0.002);
    }

    internal sealed record Stats(double P50, double P99)
    {
        public static Stats Of(List<double> samples)
        {
            var sorted = samples.Order().ToArray();
            double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
            return new Stats(At(0.50), At(0.99));
        }
    }
}
