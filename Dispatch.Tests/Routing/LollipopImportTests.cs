using Dispatch.Routing;

namespace Dispatch.Tests.Routing;

/// <summary>
/// A way whose nodes repeat at an interior node (a stub ending in a loop back onto itself) keeps its loop: points on
/// the loop snap onto it, and routes drive around it.
/// </summary>
[TestFixture]
public class LollipopImportTests
{
    private const string File = "lollipop.osm";

    [Test]
    public void The_loop_of_a_lollipop_way_is_imported_in_full()
    {
        var items = HandmadeOsm.Read(File);
        var engine = HandmadeOsm.Engine(items);
        var n = Enumerable.Range(1, 7).ToDictionary(i => i, i => HandmadeOsm.NodeAt(items, i));
        var wayMeters = Dispatch.Routing.Graph.Haversine.Meters(n[1], n[2]) + Dispatch.Routing.Graph.Haversine.Meters(n[2], n[3]) +
            Dispatch.Routing.Graph.Haversine.Meters(n[3], n[4]) + Dispatch.Routing.Graph.Haversine.Meters(n[4], n[5]) +
            Dispatch.Routing.Graph.Haversine.Meters(n[5], n[6]) + Dispatch.Routing.Graph.Haversine.Meters(n[6], n[3]);
        var imported = engine.Graph.EdgesOfWay(10).Sum(engine.Graph.EdgeLengthMeters) / 2; // two-way: each piece counted twice
        Assert.That(imported, Is.EqualTo(wayMeters).Within(0.01));
    }

    [Test]
    public void A_point_on_the_loop_snaps_onto_it_and_drives_the_shorter_way_round()
    {
        var items = HandmadeOsm.Read(File);
        var engine = HandmadeOsm.Engine(items);
        var n = Enumerable.Range(1, 7).ToDictionary(i => i, i => HandmadeOsm.NodeAt(items, i));
        var onLoop = new GeoPoint((n[4].Lon + n[5].Lon) / 2, (n[4].Lat + n[5].Lat) / 2);
        var snap = engine.Snap(onLoop);
        Assert.That(snap.DistanceMeters, Is.LessThan(0.5));
        Assert.That(snap.WayId, Is.EqualTo(10));

        var viaFour = HandmadeOsm.Millis(15, onLoop, n[4], n[3], n[7]);
        var viaSix = HandmadeOsm.Millis(15, onLoop, n[5], n[6], n[3], n[7]);
        var expected = Math.Min(viaFour, viaSix);
        Assert.That(engine.TravelTime(onLoop, n[7]).Millis, Is.EqualTo(expected).Within(2.0));
        Assert.That(engine.Plain.Between(snap, engine.Snap(n[7])).Millis, Is.EqualTo(expected).Within(2.0));
        Assert.That(engine.TravelTime(n[7], onLoop).Millis, Is.EqualTo(expected).Within(2.0));
        // Node 5 is at the far end of the loop: reached either way round, the shorter wins.
        var toFive = Math.Min(HandmadeOsm.Millis(15, n[1], n[2], n[3], n[4], n[5]), HandmadeOsm.Millis(15, n[1], n[2], n[3], n[6], n[5]));
        Assert.That(engine.TravelTime(n[1], n[5]).Millis, Is.EqualTo(toFive).Within(2.0));
    }
}
