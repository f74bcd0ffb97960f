using CsCheck;
using Dispatch.Routing;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Tests.Routing;

/// <summary>
/// The customized hierarchy drops every arc that is longer than the distance between its ends. Dropping is only
/// safe if the distances it compares against are right, so this checks it where it matters most: random small
/// networks with tied weights, one-way roads and closures, on random vertex orders (which, unlike the contraction
/// order, leave much of the fill-in longer than the real distance), against plain Dijkstra on every pair of places.
/// </summary>
[TestFixture]
public class CustomizedHierarchyOnAnyOrderTests
{
    private sealed record GenSegment(int A, int B, int Ticks, bool Forward, bool Backward, bool Closed);

    private static readonly Gen<(int n, GenSegment[] segments, int orderSeed)> Networks =
        Gen.Int[3, 14].SelectMany(n => Gen.Select(
            Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int[0, 5])
                .Select((a, b, w, dir, closed) => new GenSegment(a, b, w * 1000, dir != 2, dir != 1, closed == 0))
                .Array[n - 1, 3 * n],
            Gen.Int)
            .Select((segments, seed) => (n, segments, seed)));

    [Test]
    public void On_any_vertex_order_and_any_closures_the_customized_hierarchy_answers_what_dijkstra_answers()
    {
        var compared = 0;
        var pruned = 0;
        Networks.Sample(net =>
        {
            var builder = new RoadGraphBuilder();
            for (var v = 0; v < net.n; v++) builder.AddVertex(104 + v * 0.001, 30 + (v % 3) * 0.001);
            var closedSegments = new List<int>();
            var segment = 0;
            foreach (var s in net.segments.Where(s => s.A != s.B && (s.Forward || s.Backward)))
            {
                builder.AddPrebuiltSegment(segment + 1, s.A, s.B, [Point(s.A), Point(s.B)], s.Forward ? s.Ticks : -1, s.Backward ? s.Ticks : -1, s.Ticks / 10.0);
                if (s.Closed) closedSegments.Add(segment);
                segment++;
            }
            var graph = builder.Build();
            if (graph.SegmentCount == 0) return true;
            var closed = new bool[graph.EdgeCount];
            foreach (var s in closedSegments)
            {
                if (graph.SegmentForward[s] >= 0) closed[graph.SegmentForward[s]] = true;
                if (graph.SegmentBackward[s] >= 0) closed[graph.SegmentBackward[s]] = true;
            }
            var rank = Enumerable.Range(0, net.n).OrderBy(_ => 0).ToArray();
            new Random(net.orderSeed).Shuffle(rank);
            var cch = CustomizableHierarchy.Build(graph, rank);
            var customized = cch.Customize(closed, out var dropped);
            Interlocked.Add(ref pruned, dropped);
            var fast = new HierarchyEngine(graph, customized, closed);
            var plain = new DijkstraEngine(graph, () => closed);
            var places = Enumerable.Range(0, graph.SegmentCount).SelectMany(s => new[] { 0.0, 0.5, 1.0 }.Select(f => new SnapResult(default, default, 0, s, f, 0))).ToList();
            foreach (var from in places)
            {
                var plainFan = new TravelTime[places.Count];
                plain.OneToMany(from, places, plainFan);
                var fastFan = new TravelTime[places.Count];
                fast.OneToMany(from, places, fastFan);
                var towards = new TravelTime[places.Count];
                fast.ManyToOne(places, from, towards);
                var plainTowards = new TravelTime[places.Count];
                plain.ManyToOne(places, from, plainTowards);
                for (var k = 0; k < places.Count; k++)
                {
                    var single = fast.Between(from, places[k]);
                    Interlocked.Increment(ref compared);
                    if (single.Status != plainFan[k].Status || single.Ticks != plainFan[k].Ticks
                        || fastFan[k].Ticks != plainFan[k].Ticks || fastFan[k].Status != plainFan[k].Status
                        || towards[k].Ticks != plainTowards[k].Ticks || towards[k].Status != plainTowards[k].Status)
                        throw new Exception($"{Where(from)} -> {Where(places[k])}: hierarchy {single.Status} {single.Ticks} / fan {fastFan[k].Ticks} / towards {towards[k].Ticks}, dijkstra {plainFan[k].Status} {plainFan[k].Ticks} / towards {plainTowards[k].Ticks}");
                }
            }
            return true;
        }, iter: 400, threads: 1, print: n => $"{n.n} vertices, order seed {n.orderSeed}: " + string.Join("; ", n.segments.Select(s =>
            $"{s.A}-{s.B} {s.Ticks} ticks{(s.Forward ? "" : " back only")}{(s.Backward ? "" : " forward only")}{(s.Closed ? " closed" : "")}")));
        Assert.That(compared, Is.GreaterThan(10_000), "enough pairs were compared to mean something");
        Assert.That(pruned, Is.GreaterThan(0), "some arcs were dropped, so the comparison tested the dropping");
    }

    [Test]
    public void A_detour_through_a_lower_vertex_too_long_to_add_in_an_int_never_replaces_the_direct_road()
    {
        // Vertex 0 ranks lowest, so 1 → 0 → 2 is a lower triangle of the arc from 1 to 2. Its halves add up to more
        // than int.MaxValue ticks: wrapped around, the sum would look shorter than the direct road and replace it.
        // Such detours are no shortest path anywhere, but the customization adds them up all the same.
        var builder = new RoadGraphBuilder();
        for (var v = 0; v < 3; v++) builder.AddVertex(Point(v).Lon, Point(v).Lat);
        const int half = 1_500_000_000;
        builder.AddPrebuiltSegment(1, 1, 0, [Point(1), Point(0)], half, -1, 1);
        builder.AddPrebuiltSegment(2, 0, 2, [Point(0), Point(2)], half, -1, 1);
        builder.AddPrebuiltSegment(3, 1, 2, [Point(1), Point(2)], 1000, -1, 1);
        var graph = builder.Build();
        var fast = new HierarchyEngine(graph, CustomizableHierarchy.Build(graph, [0, 1, 2]).Customize(null));
        // Ends at vertices 1 and 2, snapped to the two halves so that no direct drive along one road decides.
        var from = new SnapResult(default, default, 0, 0, 0.0, 0);
        var to = new SnapResult(default, default, 0, 1, 1.0, 0);
        Assert.That(fast.Between(from, to).Ticks, Is.EqualTo(1000));
        Assert.That(new DijkstraEngine(graph).Between(from, to).Ticks, Is.EqualTo(1000));
    }

    private static GeoPoint Point(int v) => new(104 + v * 0.001, 30 + (v % 3) * 0.001);

    private static string Where(SnapResult s) => FormattableString.Invariant($"segment {s.Segment} at {s.Fraction}");
}
