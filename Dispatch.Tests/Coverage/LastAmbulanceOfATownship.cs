using Dispatch.Routing;
using Dispatch.Server.Coverage.Assignment;
using Dispatch.Server.Coverage.Live;
using Dispatch.Server.Coverage.Maths;
using Dispatch.Server.Fleet;

namespace Dispatch.Tests.Coverage;

/// <summary>Which assignments leave a township without an ambulance, and what the cost of each vehicle says.</summary>
[TestFixture]
public sealed class LastAmbulanceOfATownship
{
    private SmallCity _city = null!;

    [OneTimeSetUp]
    public void BuildCity() => _city = new SmallCity();

    private CoverageState State(params GeoPoint[] ambulances)
    {
        var region = _city.Region();
        var sources = ambulances.Select((p, i) => new CoverageSource($"amb-{i}", $"急救{i}", p, VehicleStatus.Available, region.Zones.ZoneOf(p))).ToList();
        var picture = _city.Picture(ambulances);
        return new CoverageState(1, DateTimeOffset.UtcNow, region, sources, picture, _city.PostTimes(), [], null, 0);
    }

    private GeoPoint Township => _city.Zones.All[1].Centre;
    private GeoPoint Community => _city.Zones.All[0].Centre;

    [Test]
    public void Sending_the_townships_only_ambulance_out_of_it_names_the_gap()
    {
        var state = State(Township, Community);
        var cost = AssignmentCosts.Cost(state, "amb-0", Community);

        Assert.That(cost.Gap, Is.Not.Null);
        Assert.That(cost.Gap!.ZoneId, Is.EqualTo("township"));
        Assert.That(cost.Gap.ShareAfter, Is.LessThan(state.Picture.ZoneShare(1)), "the township is covered less once it has gone");
        Assert.That(cost.Gap.MinutesAfter, Is.GreaterThan(state.Picture.ZoneMeanMillis(1) / 60_000));
        Assert.That(cost.LostShare, Is.GreaterThan(0));
        Assert.That(cost.WorstZone!.ZoneId, Is.EqualTo("township"));
    }

    [Test]
    public void No_gap_inside_the_township_with_a_second_ambulance_there_or_for_a_community()
    {
        var alone = State(Township, Community);
        var nearby = new GeoPoint(Township.Lon + 0.001, Township.Lat);
        var two = State(Township, nearby, Community);

        Assert.Multiple(() =>
        {
            Assert.That(AssignmentCosts.Cost(alone, "amb-0", nearby).Gap, Is.Null, "a call inside its own township");
            Assert.That(AssignmentCosts.Cost(two, "amb-0", Community).Gap, Is.Null, "another ambulance stays in the township");
            Assert.That(AssignmentCosts.Cost(alone, "amb-1", Township).Gap, Is.Null, "communities are not held to this rule");
            Assert.That(AssignmentCosts.Cost(alone, "amb-9", Township).Counted, Is.False, "a vehicle not in the picture costs nothing");
        });
    }
}
