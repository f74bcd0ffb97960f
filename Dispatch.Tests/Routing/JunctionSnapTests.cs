using Dispatch.Routing;
using Dispatch.Routing.Closures;
using OsmSharp;

namespace Dispatch.Tests.Routing;

/// <summary>
/// A point exactly at a junction starts and ends at the junction itself, whichever of the roads meeting there the
/// snapper picked: a one-way road through the junction must not force the route along it. Checked for every order
/// of the ways in the file (the order decides which tied road is picked) and in every engine.
/// </summary>
[TestFixture]
public class JunctionSnapTests
{
    private const string File = "junction-with-oneways.osm";

    private static IEnumerable<List<OsmGeo>> EveryWayOrder()
    {
        var items = HandmadeOsm.Read(File);
        var nodes = items.OfType<Node>().Cast<OsmGeo>().ToList();
        var ways = items.OfType<Way>().Cast<OsmGeo>().ToList();
        foreach (var order in Permutations(ways)) yield return [.. nodes, .. order];
    }

    private static IEnumerable<List<T>> Permutations<T>(List<T> items)
    {
        if (items.Count <= 1) { yield return [.. items]; yield break; }
        for (var i = 0; i < items.Count; i++)
            foreach (var rest in Permutations(items.Where((_, k) => k != i).ToList()))
                yield return [items[i], .. rest];
    }

    [Test]
    public void From_the_junction_to_the_end_of_the_two_way_road_drives_straight_down_it_in_every_engine()
    {
        var orders = 0;
        foreach (var items in EveryWayOrder())
        {
            orders++;
            var engine = HandmadeOsm.Engine(items);
            GeoPoint n1 = HandmadeOsm.NodeAt(items, 1), n2 = HandmadeOsm.NodeAt(items, 2), n3 = HandmadeOsm.NodeAt(items, 3);
            var expected = HandmadeOsm.Millis(30, n3, n2, n1);
            Assert.That(expected, Is.InRange(22_000, 24_000), "about 23 s down the residential road");
            AssertEveryEngine(engine, n3, n1, expected, $"order {orders}");
            AssertEveryEngine(engine, n1, n3, expected, $"order {orders}, reversed");
            // The same with a closure somewhere else in force, where the closure-aware engines answer.
            engine.Closures.Set(RoadClosure.OfEdges("elsewhere", [.. engine.Graph.EdgesOfWay(22)]));
            AssertEveryEngine(engine, n3, n1, expected, $"order {orders}, with a closure");
        }
        Assert.That(orders, Is.EqualTo(6));
    }

    [Test]
    public void A_route_from_the_junction_draws_from_the_junction_and_uses_no_one_way_road()
    {
        foreach (var items in EveryWayOrder())
        {
            var engine = HandmadeOsm.Engine(items);
            GeoPoint n1 = HandmadeOsm.NodeAt(items, 1), n3 = HandmadeOsm.NodeAt(items, 3);
            var route = engine.Route(n3, n1)!;
            Assert.That(route.Path.Edges.Select(engine.Graph.EdgeWayId), Is.All.EqualTo(23L));
            var first = route.Geometry.Coordinates[0];
            var last = route.Geometry.Coordinates[^1];
            Assert.That((first.X, first.Y), Is.EqualTo((n3.Lon, n3.Lat)));
            Assert.That((last.X, last.Y), Is.EqualTo((n1.Lon, n1.Lat)));
            var stay = engine.Route(n3, n3)!;
            Assert.That(stay.Path.Time.Millis, Is.Zero, "from the junction to itself takes no time");
            Assert.That(stay.Geometry.Coordinates, Is.Not.Empty);
        }
    }

    private static void AssertEveryEngine(RoutingEngine engine, GeoPoint from, GeoPoint to, double expectedMillis, string what)
    {
        var a = engine.Snap(from);
        var b = engine.Snap(to);
        Assert.That(engine.Fast.Between(a, b).Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: hierarchy");
        Assert.That(engine.Plain.Between(a, b).Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: dijkstra");
        Assert.That(engine.TravelTime(from, to).Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: engine");
        Assert.That(engine.ManyToOne([from, from], to)[0].Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: many-to-one");
        Assert.That(engine.OneToMany(from, [to])[0].Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: one-to-many");
        var fleet = new TravelTime[1];
        engine.Fleet.Update("vehicle", a);
        engine.Fleet.ManyToOne(["vehicle"], b, fleet);
        Assert.That(fleet[0].Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: fleet index");
        var nearest = engine.NearestSources([from]).First(b);
        Assert.That(nearest.Millis, Is.EqualTo(expectedMillis).Within(1.0), $"{what}: nearest sources");
    }
}
