using Dispatch.Routing;
using Dispatch.Routing.Ranking;

namespace Dispatch.Tests.Routing;

/// <summary>Hospitals are ranked by road time after the clinical filters, and every one left out says why.</summary>
[TestFixture]
public class HospitalRankingTests
{
    private static readonly GeoPoint Patient = new(104.0800, 30.6900);

    private static HospitalCandidate Hospital(string id, double lon, double lat, int level = 3, bool diversion = false,
        string[]? caps = null, int icuBeds = 5) => new()
        {
            Id = id, Name = id, Lon = lon, Lat = lat, Level = level, OnDiversion = diversion,
            Capabilities = new HashSet<string>(caps ?? ["ICU", "PCI"], StringComparer.OrdinalIgnoreCase),
            BedsAvailable = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["ICU"] = icuBeds },
        };

    // Real hospital locations from the Chengdu extract (names from OSM).
    private static readonly HospitalCandidate[] Hospitals =
    [
        Hospital("成都市第二医院草市街分院", 104.0745, 30.6770),
        Hospital("八里医院", 104.1128769, 30.6851715),
        Hospital("东区医院", 104.1169978, 30.6868794),
        Hospital("diverted", 104.0810, 30.6910, diversion: true),
        Hospital("county", 104.0820, 30.6890, level: 2),
        Hospital("no-pci", 104.0790, 30.6920, caps: ["ICU"]),
        Hospital("icu-full", 104.0780, 30.6880, icuBeds: 0),
    ];

    private static readonly HospitalRequest Request = new() { Patient = Patient, RequiredCapabilities = ["PCI", "ICU"], MinLevel = 3 };

    [Test]
    public void Filters_leave_out_hospitals_with_a_reason_each()
    {
        var ranking = new HospitalRanker(RoutingTestData.Chengdu).Rank(Request, Hospitals, TimeSpan.FromSeconds(5));
        var reasons = ranking.Excluded.ToDictionary(e => e.CandidateId, e => e.Reason);
        Assert.That(reasons, Is.EquivalentTo(new Dictionary<string, ExclusionReason>
        {
            ["diverted"] = ExclusionReason.OnDiversion,
            ["county"] = ExclusionReason.LevelTooLow,
            ["no-pci"] = ExclusionReason.MissingCapability,
            ["icu-full"] = ExclusionReason.NoBedsAvailable,
        }));
        var missing = ranking.Excluded.Single(e => e.CandidateId == "no-pci");
        Assert.That(missing.Detail, Is.EqualTo("PCI"));
        Assert.That(missing.MessageEn, Does.Contain("PCI"));
        Assert.That(missing.MessageZhCn, Does.Contain("PCI").And.Contain("救治能力"));
        Assert.That(ranking.Ranked.Select(r => r.Candidate.Id), Has.Member("八里医院"));
        Assert.That(ranking.Approximate, Is.False);
    }

    [Test]
    public void Ranked_hospitals_are_in_order_of_road_time_matching_the_engine()
    {
        var engine = RoutingTestData.Chengdu;
        var ranking = new HospitalRanker(engine).Rank(Request, Hospitals, TimeSpan.FromSeconds(5));
        Assert.That(ranking.Ranked, Has.Count.EqualTo(3));
        Assert.That(ranking.Ranked.Select(r => r.Time.Ticks), Is.Ordered);
        foreach (var r in ranking.Ranked)
        {
            Assert.That(r.Estimated, Is.False);
            Assert.That(r.Time.Ticks, Is.EqualTo(engine.TravelTime(Patient, r.Candidate.Location).Ticks));
        }
    }

    [Test]
    public void Clinical_time_window_excludes_hospitals_too_far_by_road()
    {
        var engine = RoutingTestData.Chengdu;
        var full = new HospitalRanker(engine).Rank(Request, Hospitals, TimeSpan.FromSeconds(5));
        var fastest = full.Ranked[0].Minutes;
        var windowed = new HospitalRanker(engine).Rank(Request with { MaxMinutes = fastest + 0.01 }, Hospitals, TimeSpan.FromSeconds(5));
        Assert.That(windowed.Ranked, Has.Count.EqualTo(1));
        Assert.That(windowed.Excluded.Count(e => e.Reason == ExclusionReason.OutsideTimeWindow), Is.EqualTo(2));
    }

    [Test]
    public void Every_reason_has_english_and_chinese_text()
    {
        foreach (var reason in Enum.GetValues<ExclusionReason>())
        {
            var e = new Exclusion("x", reason, "d");
            Assert.That(e.MessageEn, Is.Not.Empty.And.Not.EqualTo(reason.ToString()));
            Assert.That(e.MessageZhCn, Is.Not.Empty.And.Not.EqualTo(reason.ToString()));
            Assert.That(e.Code, Is.EqualTo(reason.ToString()));
        }
    }
}
