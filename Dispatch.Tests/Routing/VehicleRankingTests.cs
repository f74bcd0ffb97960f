using Dispatch.Routing;
using Dispatch.Routing.Ranking;

namespace Dispatch.Tests.Routing;

/// <summary>Vehicles are ranked by road time to the patient; unsuitable, busy and stale ones are left out with a reason.</summary>
[TestFixture]
public class VehicleRankingTests
{
    private static readonly GeoPoint Patient = new(104.0800, 30.6900);
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8));

    private static VehicleCandidate Vehicle(string id, double lon, double lat, VehicleKind kind = VehicleKind.Ambulance,
        bool available = true, int secondsAgo = 10, params string[] equipment) => new()
        {
            Id = id, Lon = lon, Lat = lat, Kind = kind, Available = available, LastSeen = Now.AddSeconds(-secondsAgo),
            Equipment = new HashSet<string>(equipment.Length == 0 ? ["OXYGEN", "NEGATIVE_PRESSURE"] : equipment, StringComparer.OrdinalIgnoreCase),
        };

    private static readonly VehicleCandidate[] Fleet =
    [
        Vehicle("near", 104.0830, 30.6920),
        Vehicle("far", 104.1100, 30.7100),
        Vehicle("township", 104.0600, 30.6700, VehicleKind.TownshipAmbulance),
        Vehicle("busy", 104.0805, 30.6905, available: false),
        Vehicle("stale", 104.0806, 30.6906, secondsAgo: 600),
        Vehicle("van", 104.0807, 30.6907, VehicleKind.NonEmergency),
        Vehicle("basic", 104.0808, 30.6908, equipment: "OXYGEN"),
    ];

    private static readonly VehicleRequest Request = new()
    {
        Patient = Patient, Now = Now, Kinds = [VehicleKind.Ambulance, VehicleKind.TownshipAmbulance],
        RequiredEquipment = ["NEGATIVE_PRESSURE"], MaxPositionAge = TimeSpan.FromMinutes(2),
    };

    [Test]
    public void Unsuitable_busy_and_stale_vehicles_are_left_out_with_reasons()
    {
        var ranking = new VehicleRanker(RoutingTestData.Chengdu).Rank(Request, Fleet, TimeSpan.FromSeconds(5));
        Assert.That(ranking.Excluded.ToDictionary(e => e.CandidateId, e => e.Reason), Is.EquivalentTo(new Dictionary<string, ExclusionReason>
        {
            ["busy"] = ExclusionReason.NotAvailable,
            ["stale"] = ExclusionReason.StalePosition,
            ["van"] = ExclusionReason.WrongVehicleKind,
            ["basic"] = ExclusionReason.MissingEquipment,
        }));
        Assert.That(ranking.Ranked.Select(r => r.Candidate.Id), Is.EquivalentTo(new[] { "near", "far", "township" }));
    }

    [Test]
    public void Vehicles_are_ordered_by_road_time_to_the_patient()
    {
        var engine = RoutingTestData.Chengdu;
        var ranking = new VehicleRanker(engine).Rank(Request, Fleet, TimeSpan.FromSeconds(5));
        Assert.That(ranking.Ranked[0].Candidate.Id, Is.EqualTo("near"));
        Assert.That(ranking.Ranked.Select(r => r.Time.Ticks), Is.Ordered);
        foreach (var r in ranking.Ranked)
            Assert.That(r.Time.Ticks, Is.EqualTo(engine.TravelTime(r.Candidate.Location, Patient).Ticks), "vehicle to patient, not the reverse");
    }
}
