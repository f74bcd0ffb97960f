using Dispatch.Routing;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Ranking;

namespace Dispatch.Tests.Routing;

/// <summary>Ranking always answers inside its deadline, flagging the answer Approximate when it had to estimate.</summary>
[TestFixture]
public class DeadlineTests
{
    private static readonly GeoPoint Patient = new(104.0800, 30.6900);

    private static List<HospitalCandidate> Hospitals() => RoutingTestData.RandomPoints(RoutingTestData.Chengdu, 30, seed: 3)
        .Select((p, i) => new HospitalCandidate { Id = $"h{i}", Name = $"h{i}", Lon = p.Lon, Lat = p.Lat, Level = 3 }).ToList();

    [Test]
    public void Expired_deadline_answers_with_every_hospital_estimated_and_marked_approximate()
    {
        var hospitals = Hospitals();
        var ranking = new HospitalRanker(RoutingTestData.Chengdu).Rank(new HospitalRequest { Patient = Patient }, hospitals, TimeSpan.Zero);
        Assert.That(ranking.Approximate, Is.True);
        Assert.That(ranking.Ranked, Has.Count.EqualTo(hospitals.Count), "no hospital is lost for lack of time");
        Assert.That(ranking.Ranked.All(r => r.Estimated), Is.True);
        Assert.That(ranking.Ranked.Select(r => r.Time.Ticks), Is.Ordered);
    }

    [Test]
    public void Cancelled_token_is_treated_as_an_expired_deadline()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var vehicles = RoutingTestData.RandomPoints(RoutingTestData.Chengdu, 20, seed: 4).Select((p, i) => new VehicleCandidate
        {
            Id = $"v{i}", Lon = p.Lon, Lat = p.Lat, Available = true, LastSeen = DateTimeOffset.UtcNow,
        }).ToList();
        var ranking = new VehicleRanker(RoutingTestData.Chengdu).Rank(
            new VehicleRequest { Patient = Patient, Now = DateTimeOffset.UtcNow }, vehicles, TimeSpan.FromSeconds(10), cts.Token);
        Assert.That(ranking.Approximate, Is.True);
        Assert.That(ranking.Ranked.All(r => r.Estimated), Is.True);
    }

    [Test]
    public void Generous_deadline_gives_exact_road_times()
    {
        var ranking = new HospitalRanker(RoutingTestData.Chengdu).Rank(new HospitalRequest { Patient = Patient }, Hospitals(), TimeSpan.FromSeconds(10));
        Assert.That(ranking.Approximate, Is.False);
        Assert.That(ranking.Ranked.Any(r => r.Estimated), Is.False);
    }

    [Test]
    public void Engine_fan_out_stops_when_the_deadline_has_passed()
    {
        var engine = RoutingTestData.Chengdu;
        var from = engine.Snap(Patient);
        var targets = RoutingTestData.RandomPoints(engine, 10, seed: 5).Select(engine.Snap).ToList();
        var results = new TravelTime[targets.Count];
        engine.Fast.OneToMany(from, targets, results, Deadline.After(TimeSpan.Zero));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(TravelStatus.NotComputed));
        engine.Fast.OneToMany(from, targets, results, Deadline.After(TimeSpan.FromSeconds(10)));
        Assert.That(results.Select(r => r.Status), Is.All.EqualTo(TravelStatus.Reached));
        var fleet = RoutingTestData.RandomPoints(engine, 100, seed: 6).Select(engine.Snap).ToList();
        var fleetResults = new TravelTime[fleet.Count];
        engine.Fast.ManyToOne(fleet, from, fleetResults, Deadline.After(TimeSpan.Zero));
        Assert.That(fleetResults.Select(r => r.Status), Is.All.EqualTo(TravelStatus.NotComputed), "large fleets stop too");
        Assert.That(Deadline.After(TimeSpan.Zero).Expired, Is.True);
        Assert.That(Deadline.None.Expired, Is.False);
        Assert.That(default(Deadline).Expired, Is.False);
    }
}
