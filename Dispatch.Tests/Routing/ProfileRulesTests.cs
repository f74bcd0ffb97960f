using Dispatch.Routing;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Import;
using Dispatch.Routing.Profiles;

namespace Dispatch.Tests.Routing;

/// <summary>The profile decides which ways become edges and in which directions.</summary>
[TestFixture]
public class ProfileRulesTests
{
    private static RoutingProfile Profile(bool impliedOneway = true, bool respectAccess = true) => RoutingProfile.Parse($$"""
        { "name": "t", "speedsKmh": { "motorway": 100, "primary": 60, "residential": 30 },
          "impliedOneway": {{(impliedOneway ? "true" : "false")}}, "respectAccess": {{(respectAccess ? "true" : "false")}} }
        """);

    private static (bool forward, bool backward) Directions(RoadGraph g, long wayId)
    {
        var edges = g.EdgesOfWay(wayId).ToList();
        if (edges.Count == 0) return (false, false);
        // Way nodes run west to east in SyntheticOsm, so a forward edge ends further east than it starts.
        var forward = edges.Any(e => g.Vertex(g.EdgeToVertex(e)).Lon > g.Vertex(g.EdgeFromVertex(e)).Lon);
        var backward = edges.Any(e => g.Vertex(g.EdgeToVertex(e)).Lon < g.Vertex(g.EdgeFromVertex(e)).Lon);
        return (forward, backward);
    }

    private static (bool, bool) Import(RoutingProfile profile, params (string, string)[] tags)
    {
        var osm = new SyntheticOsm();
        var way = osm.Way([1, 2, 3], tags);
        return Directions(OsmRoadImporter.Import(osm.Items, profile), way);
    }

    [TestCase("yes")]
    [TestCase("true")]
    [TestCase("1")]
    public void Oneway_yes_allows_only_the_drawn_direction(string value) =>
        Assert.That(Import(Profile(), ("highway", "primary"), ("oneway", value)), Is.EqualTo((true, false)));

    [Test]
    public void Oneway_minus_one_allows_only_the_reverse_direction() =>
        Assert.That(Import(Profile(), ("highway", "primary"), ("oneway", "-1")), Is.EqualTo((false, true)));

    [Test]
    public void Untagged_road_is_two_way() =>
        Assert.That(Import(Profile(), ("highway", "residential")), Is.EqualTo((true, true)));

    [Test]
    public void Roundabout_is_oneway_when_implied() =>
        Assert.That(Import(Profile(), ("highway", "primary"), ("junction", "roundabout")), Is.EqualTo((true, false)));

    [Test]
    public void Roundabout_is_two_way_without_implied_oneway() =>
        Assert.That(Import(Profile(impliedOneway: false), ("highway", "primary"), ("junction", "roundabout")), Is.EqualTo((true, true)));

    [Test]
    public void Motorway_is_oneway_when_implied_unless_tagged_otherwise()
    {
        Assert.That(Import(Profile(), ("highway", "motorway")), Is.EqualTo((true, false)));
        Assert.That(Import(Profile(), ("highway", "motorway"), ("oneway", "no")), Is.EqualTo((true, true)));
    }

    [TestCase("access", "no")]
    [TestCase("access", "private")]
    [TestCase("motor_vehicle", "no")]
    [TestCase("motorcar", "private")]
    public void Ways_closed_to_cars_are_dropped(string key, string value)
    {
        Assert.That(Import(Profile(), ("highway", "primary"), (key, value)), Is.EqualTo((false, false)));
        Assert.That(Import(Profile(respectAccess: false), ("highway", "primary"), (key, value)), Is.EqualTo((true, true)), "kept when access is ignored");
    }

    [Test]
    public void A_more_specific_car_permission_overrides_a_general_ban() =>
        Assert.That(Import(Profile(), ("highway", "primary"), ("access", "no"), ("motorcar", "yes")), Is.EqualTo((true, true)));

    [TestCase("footway")]
    [TestCase("service")]
    public void Highway_class_missing_from_the_profile_is_not_routable(string highway) =>
        Assert.That(Import(Profile(), ("highway", highway)), Is.EqualTo((false, false)));

    [Test]
    public void Edge_length_is_haversine_and_time_is_length_over_speed()
    {
        var osm = new SyntheticOsm();
        var way = osm.Way([1, 2, 3], ("highway", "primary"), ("oneway", "yes"));
        var g = OsmRoadImporter.Import(osm.Items, Profile());
        var edge = g.EdgesOfWay(way).Single();
        var expected = 2 * Haversine.Meters(104.0, 30.0, 104.001, 30.0);
        Assert.That(g.EdgeLengthMeters(edge), Is.EqualTo(expected).Within(1e-6));
        Assert.That(g.EdgeTravelTicks(edge), Is.EqualTo(expected / (60 / 3.6) * TravelTicks.PerSecond).Within(0.5), "to the nearest tick");
        Assert.That(g.EdgeTravelMillis(edge), Is.EqualTo(expected / (60 / 3.6) * 1000).Within(0.5), "to the nearest millisecond");
        Assert.That(Haversine.Meters(0, 0, 1, 0), Is.EqualTo(6_371_000 * Math.PI / 180).Within(1e-6), "R = 6,371,000 m");
    }

    [Test]
    public void Ways_split_at_junctions_into_separate_edges()
    {
        var osm = new SyntheticOsm();
        var main = osm.Way([1, 2, 3, 4], ("highway", "primary"));
        osm.Node(50, 104.002, 30.001);
        osm.Way([3, 50], ("highway", "residential"));
        var g = OsmRoadImporter.Import(osm.Items, Profile());
        Assert.That(g.EdgesOfWay(main).Count(), Is.EqualTo(4), "node 3 is a junction: two segments, both directions");
        Assert.That(g.VertexCount, Is.EqualTo(4));
    }

    [Test]
    public void Invalid_speed_is_rejected() =>
        Assert.Throws<InvalidDataException>(() => RoutingProfile.Parse("""{ "name": "x", "speedsKmh": { "primary": 0 } }"""));

    [Test]
    public void Shipped_profiles_include_link_roads_and_differ()
    {
        var ambulance = DefaultProfiles.Ambulance;
        var nonEmergency = DefaultProfiles.NonEmergency;
        Assert.That(ambulance.Name, Is.EqualTo(DefaultProfiles.AmbulanceName));
        Assert.That(nonEmergency.Name, Is.EqualTo(DefaultProfiles.NonEmergencyName));
        foreach (var link in new[] { "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link" })
        {
            Assert.That(ambulance.SpeedsKmh, Contains.Key(link));
            Assert.That(nonEmergency.SpeedsKmh, Contains.Key(link));
        }
        Assert.That(ambulance.Fingerprint(), Is.Not.EqualTo(nonEmergency.Fingerprint()));
        Assert.That(File.Exists(Path.Combine(TestContext.CurrentContext.TestDirectory, "profiles", "ambulance.json")), "profile files are copied to output");
    }
}
