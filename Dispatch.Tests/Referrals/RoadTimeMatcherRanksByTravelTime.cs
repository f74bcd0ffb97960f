using Dispatch.Server.Facilities;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Regions;
using Dispatch.Tests.Infrastructure;
using Dispatch.Tests.Routing;

namespace Dispatch.Tests.Referrals;

public sealed class RoadTimeMatcherRanksByTravelTime
{
    private static readonly FacilityRegistry Chengdu = FacilityRegistry.Load(Region.Load(RepoPaths.ChengduRegion));

    [Test]
    public async Task Capable_hospitals_come_ranked_by_road_minutes_and_every_other_hospital_says_why()
    {
        var facilities = new RegistryReferralFacilities(Chengdu);
        var matcher = new RoadTimeHospitalMatcher(RoutingTestData.Chengdu, facilities, new TransferTimeWindow());
        var origin = Chengdu.Grassroots.First();

        var result = await matcher.RankAsync(
            new MatchQuery(origin.Lon, origin.Lat, [Capability.Icu], Priority.Immediate, DateTimeOffset.UtcNow.AddSeconds(30)),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Candidates, Is.Not.Empty);
            Assert.That(result.Approximate, Is.False);
            Assert.That(result.Candidates.Select(c => c.EstimatedMinutes), Is.Ordered);
            Assert.That(result.Candidates.Count + result.Exclusions.Count, Is.EqualTo(Chengdu.Hospitals.Count));
            Assert.That(result.Exclusions.Where(e => e.Reason == ExclusionReason.CapabilityMissing).Select(e => e.HospitalId),
                Is.EquivalentTo(Chengdu.Hospitals.Where(h => !h.Capabilities.Contains(Capabilities.Icu)).Select(h => h.Id)));
            Assert.That(result.Candidates.Select(c => Chengdu.FindHospital(c.HospitalId)!.Capabilities), Is.All.Contains(Capabilities.Icu));
        });
    }

    [Test]
    public async Task A_spent_deadline_still_answers_and_says_it_is_approximate()
    {
        var facilities = new RegistryReferralFacilities(Chengdu);
        var matcher = new RoadTimeHospitalMatcher(RoutingTestData.Chengdu, facilities, new TransferTimeWindow());
        var origin = Chengdu.Grassroots.First();

        var result = await matcher.RankAsync(
            new MatchQuery(origin.Lon, origin.Lat, [], Priority.Standard, DateTimeOffset.UtcNow.AddSeconds(-1)), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Approximate, Is.True);
            Assert.That(result.Candidates, Is.Not.Empty);
            Assert.That(result.Candidates.Select(c => c.EstimatedMinutes), Is.All.Not.Null);
            Assert.That(result.Candidates.Count + result.Exclusions.Count, Is.EqualTo(Chengdu.Hospitals.Count));
        });
    }
}
