using Dispatch.Routing;
using Dispatch.Routing.Closures;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Import;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// The nearest and second-nearest source of every vertex and of points on roads equal what one plain Dijkstra per
/// source says, with and without closures, on a small hand-made grid and on a real extract.
/// </summary>
[TestFixture]
public class NearestSourcesTests
{
    /// <summary>A 7 × 7 grid, 100 m apart, with every third street one-way and a few streets of another class.</summary>
    internal static RoutingEngine Grid()
    {
        var osm = new SyntheticOsm(nodes: 0);
        const int size = 7;
        long Id(int x, int y) => 1000 + y * size + x;
        for (var y = 0; y < size; y++)
            for (var x = 0; x < size; x++)
                osm.Node(Id(x, y), 104.0 + x * 0.001, 30.0 + y * 0.0009);
        for (var y = 0; y < size; y++)
            osm.Way([.. Enumerable.Range(0, size).Select(x => Id(x, y))], y % 3 == 1 ? [("highway", "primary"), ("oneway", "yes")] : [("highway", "residential")]);
        for (var x = 0; x < size; x++)
            osm.Way([.. Enumerable.Range(0, size).Select(y => Id(x, y))], x % 3 == 2 ? [("highway", "secondary"), ("oneway", "-1")] : [("highway", "tertiary")]);
        var graph = OsmRoadImporter.Import(osm.Items, RoutingTestData.CarProfile);
        return RoutingEngine.FromGraph(graph, RoutingTestData.CarProfile, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 200 });
    }

    [Test]
    public void Every_vertex_of_a_small_grid_gets_the_nearest_and_second_nearest_source_that_one_dijkstra_per_source_finds()
    {
        var engine = Grid();
        var rng = new Random(7);
        var sources = Enumerable.Range(0, 6).Select(_ => new GeoPoint(104.0 + rng.NextDouble() * 0.006, 30.0 + rng.NextDouble() * 0.0054)).ToList();
        // A source exactly on another source's spot, and one far from any road: the first ties, the second is never named.
        sources.Add(sources[2]);
        sources.Add(new GeoPoint(105.0, 31.0));
        var answer = engine.NearestSources(sources);
        AssertMatchesBruteForce(engine, sources, answer);
        Assert.That(Enumerable.Range(0, answer.VertexCount).Any(v => answer.FirstSource(v) == sources.Count - 1 || answer.SecondSource(v) == sources.Count - 1), Is.False);
    }

    [Test]
    public void Points_on_roads_of_a_small_grid_get_what_plain_many_to_one_says()
    {
        var engine = Grid();
        var rng = new Random(11);
        var sources = Enumerable.Range(0, 5).Select(_ => new GeoPoint(104.0 + rng.NextDouble() * 0.006, 30.0 + rng.NextDouble() * 0.0054)).ToList();
        var targets = Enumerable.Range(0, 200).Select(_ => new GeoPoint(104.0 + rng.NextDouble() * 0.006, 30.0 + rng.NextDouble() * 0.0054)).ToList();
        // Targets on a source's own road, ahead of and behind it, take the direct drive into account.
        targets.AddRange(sources.Select(s => new GeoPoint(s.Lon + 0.0001, s.Lat)));
        targets.AddRange(sources.Select(s => new GeoPoint(s.Lon - 0.0001, s.Lat)));
        AssertPointsMatchManyToOne(engine, sources, targets);
    }

    [Test]
    public void Closures_are_respected_as_dijkstra_with_the_same_closures_respects_them()
    {
        var engine = Grid();
        var rng = new Random(3);
        var sources = Enumerable.Range(0, 5).Select(_ => new GeoPoint(104.0 + rng.NextDouble() * 0.006, 30.0 + rng.NextDouble() * 0.0054)).ToList();
        var open = engine.NearestSources(sources);
        engine.Closures.Set(RoadClosure.AroundPoint("middle", new GeoPoint(104.003, 30.0027), 60));
        var closed = engine.NearestSources(sources);
        AssertMatchesBruteForce(engine, sources, closed);
        Assert.That(Enumerable.Range(0, closed.VertexCount).Any(v => closed.FirstTicks(v) != open.FirstTicks(v)), Is.True,
            "closing the middle of the grid changes some vertex's nearest time");
        var targets = Enumerable.Range(0, 150).Select(_ => new GeoPoint(104.0 + rng.NextDouble() * 0.006, 30.0 + rng.NextDouble() * 0.0054)).ToList();
        AssertPointsMatchManyToOne(engine, sources, targets);
    }

    [Test]
    public void On_the_chengdu_extract_forty_sources_agree_with_forty_dijkstras_with_and_without_closures()
    {
        var engine = RoutingTestData.FreshChengdu();
        var sources = RoutingTestData.RandomPoints(engine, 40, seed: 41);
        AssertMatchesBruteForce(engine, sources, engine.NearestSources(sources));
        var targets = RoutingTestData.RandomPoints(engine, 60, seed: 43);
        AssertPointsMatchManyToOne(engine, sources, targets);

        var centre = engine.Graph.Vertex(engine.Graph.VertexCount / 2);
        engine.Closures.Set(RoadClosure.AroundPoint("checkpoint", centre, 300));
        engine.Closures.Set(RoadClosure.AroundPoint("market", sources[0], 150));
        var withClosures = engine.NearestSources(sources);
        Assert.That(withClosures.Approximate, Is.False);
        AssertMatchesBruteForce(engine, sources, withClosures);
        AssertPointsMatchManyToOne(engine, sources, targets);
    }

    [Test]
    public void On_heidelberg_the_hierarchy_sweep_from_four_hundred_sources_equals_the_two_label_dijkstra()
    {
        var engine = RoutingTestData.HeidelbergAmbulance;
        var sources = RoutingTestData.RandomPoints(engine, 400, seed: 53);
        var sweep = engine.NearestSources(sources);
        var snaps = sources.Select(engine.TrySnap).ToArray();
        var reference = MultiSourceDijkstra.Run(engine.Graph, snaps, null, Deadline.None);
        var mismatches = Enumerable.Range(0, engine.Graph.VertexCount)
            .Where(v => sweep.FirstTicks(v) != reference.FirstTicks(v) || sweep.SecondTicks(v) != reference.SecondTicks(v)
                || sweep.FirstSource(v) != reference.FirstSource(v) || sweep.SecondSource(v) != reference.SecondSource(v))
            .Select(v => $"vertex {v}: sweep {sweep.FirstTicks(v)}@{sweep.FirstSource(v)}/{sweep.SecondTicks(v)}@{sweep.SecondSource(v)}, dijkstra {reference.FirstTicks(v)}@{reference.FirstSource(v)}/{reference.SecondTicks(v)}@{reference.SecondSource(v)}")
            .ToList();
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
    }

    [Test]
    public void A_deadline_that_has_passed_says_the_answer_is_approximate()
    {
        var engine = RoutingTestData.Chengdu;
        var sources = RoutingTestData.RandomPoints(engine, 40, seed: 47);
        var answer = engine.NearestSources(sources, Deadline.After(TimeSpan.Zero));
        Assert.That(answer.Approximate, Is.True);
        Assert.That(engine.NearestSources(sources).Approximate, Is.False);
    }

    /// <summary>Per vertex: the first time is the minimum over one Dijkstra per source, the second the minimum over the rest.</summary>
    private static void AssertMatchesBruteForce(RoutingEngine engine, IReadOnlyList<GeoPoint> sources, NearestSources answer)
    {
        var g = engine.Graph;
        var closed = engine.Closures.Current.ClosedEdges;
        Assert.That(answer.VertexCount, Is.EqualTo(g.VertexCount));
        Assert.That(answer.SourceCount, Is.EqualTo(sources.Count));
        var perSource = sources.Select(p => engine.TrySnap(p) is { } s ? OneSource(g, s, closed) : null).ToList();
        var mismatches = new List<string>();
        for (var v = 0; v < g.VertexCount; v++)
        {
            var ordered = Enumerable.Range(0, sources.Count).Where(i => perSource[i] is not null && perSource[i]![v] < int.MaxValue)
                .Select(i => (ticks: perSource[i]![v], source: i)).OrderBy(x => x.ticks).ToList();
            var first = ordered.Count > 0 ? ordered[0].ticks : int.MaxValue;
            var second = ordered.Count > 1 ? ordered[1].ticks : int.MaxValue;
            if (answer.FirstTicks(v) != first || answer.SecondTicks(v) != second)
            {
                mismatches.Add($"vertex {v}: got {answer.FirstTicks(v)}/{answer.SecondTicks(v)}, expected {first}/{second}");
                continue;
            }
            // With ties either source may be named, but it must be one that really takes that long, and two different ones.
            if (first < int.MaxValue && perSource[answer.FirstSource(v)]![v] != first) mismatches.Add($"vertex {v}: first source {answer.FirstSource(v)} is not {first} ticks away");
            if (second < int.MaxValue && (answer.SecondSource(v) == answer.FirstSource(v) || perSource[answer.SecondSource(v)]![v] != second))
                mismatches.Add($"vertex {v}: second source {answer.SecondSource(v)} is wrong");
            if (first == int.MaxValue && answer.FirstSource(v) != -1) mismatches.Add($"vertex {v}: unreached but names a source");
            if (second == int.MaxValue && answer.SecondSource(v) != -1) mismatches.Add($"vertex {v}: no second but names one");
        }
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
    }

    /// <summary>For points on roads: the same two smallest times as plain many-to-one from all sources to the point.</summary>
    private static void AssertPointsMatchManyToOne(RoutingEngine engine, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets)
    {
        var answer = engine.NearestSources(sources);
        var snapped = sources.Select(engine.TrySnap).ToList();
        var usable = Enumerable.Range(0, sources.Count).Where(i => snapped[i] is not null).ToList();
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var p in targets)
        {
            if (engine.TrySnap(p) is not { } target) continue;
            var legs = new TravelTime[usable.Count];
            engine.Plain.ManyToOne(usable.Select(i => snapped[i]!).ToList(), target, legs);
            var ordered = Enumerable.Range(0, usable.Count).Where(k => legs[k].IsReached)
                .Select(k => (ticks: (int)legs[k].Ticks, source: usable[k])).OrderBy(x => x.ticks).ToList();
            var (firstTicks, firstSource) = answer.FirstInTicks(target);
            var (secondTicks, secondSource) = answer.SecondInTicks(target);
            // The millisecond answers coverage reads are the same answers, rounded.
            Assert.That(answer.First(target), Is.EqualTo((TravelTicks.ToMillis(firstTicks), firstSource)));
            Assert.That(answer.Second(target), Is.EqualTo((TravelTicks.ToMillis(secondTicks), secondSource)));
            Assert.That(answer.FirstAndSecond(target), Is.EqualTo((answer.First(target), answer.Second(target))));
            var expectFirst = ordered.Count > 0 ? ordered[0].ticks : int.MaxValue;
            var expectSecond = ordered.Count > 1 ? ordered[1].ticks : int.MaxValue;
            compared++;
            if (firstTicks != expectFirst || secondTicks != expectSecond)
                mismatches.Add($"{p}: got {firstTicks}/{secondTicks}, expected {expectFirst}/{expectSecond}");
            else if (expectFirst < int.MaxValue && !ordered.Any(x => x.source == firstSource && x.ticks == firstTicks))
                mismatches.Add($"{p}: first source {firstSource} is not {firstTicks} ticks away");
            else if (expectSecond < int.MaxValue && (secondSource == firstSource || !ordered.Any(x => x.source == secondSource && x.ticks == secondTicks)))
                mismatches.Add($"{p}: second source {secondSource} is wrong");
        }
        Assert.That(compared, Is.GreaterThan(targets.Count / 2));
        Assert.That(mismatches, Is.Empty, string.Join("\n", mismatches.Take(20)));
    }

    /// <summary>The brute force: a textbook Dijkstra from one snapped source over the engine's graph.</summary>
    private static int[] OneSource(RoadGraph g, SnapResult source, bool[]? closed)
    {
        var dist = new int[g.VertexCount];
        Array.Fill(dist, int.MaxValue);
        var queue = new PriorityQueue<int, int>();
        Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
        var n = Phantoms.Sources(g, source, seeds, closed);
        foreach (var x in seeds[..n])
            if (x.Ticks < dist[x.Vertex]) { dist[x.Vertex] = x.Ticks; queue.Enqueue(x.Vertex, x.Ticks); }
        while (queue.TryDequeue(out var v, out var d))
        {
            if (d != dist[v]) continue;
            for (var i = g.OutStart[v]; i < g.OutStart[v + 1]; i++)
            {
                var e = g.OutEdges[i];
                if (closed is not null && closed[e]) continue;
                var w = g.EdgeTo[e];
                if (d + g.EdgeTicks[e] < dist[w]) { dist[w] = d + g.EdgeTicks[e]; queue.Enqueue(w, dist[w]); }
            }
        }
        return dist;
    }
}
