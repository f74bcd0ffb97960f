using Dispatch.Tests.Referrals.Doubles;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Tests.Referrals;

public sealed class InterimMatcherRanksAndExplainsExclusions
{
    [Test]
    public async System.Threading.Tasks.Task Capable_hospitals_are_ranked_nearest_first_and_the_rest_say_why()
    {
        var pci = new HashSet<Capability> { Capability.Pci, Capability.Icu };
        var facilities = new InMemoryReferralFacilities(
        [
            new ReceivingHospital("far", "Far", 104.20, 30.80, pci, 5, false),
            new ReceivingHospital("near", "Near", 104.07, 30.66, pci, 5, false),
            new ReceivingHospital("no-pci", "No PCI", 104.06, 30.65, new HashSet<Capability> { Capability.Icu }, 5, false),
            new ReceivingHospital("full", "Full", 104.06, 30.66, pci, 0, false),
            new ReceivingHospital("diverting", "Diverting", 104.06, 30.66, pci, 5, true),
            new ReceivingHospital("remote", "Remote", 106.50, 29.50, pci, 5, false),
        ], new Dictionary<string, (double, double)>());
        var matcher = new StraightLineHospitalMatcher(facilities, new TransferTimeWindow());

        var result = await matcher.RankAsync(new MatchQuery(104.06, 30.65, [Capability.Pci], Priority.Immediate, DateTimeOffset.MaxValue), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Candidates.Select(c => c.HospitalId), Is.EqualTo(new[] { "near", "far" }));
            Assert.That(result.Exclusions.ToDictionary(e => e.HospitalId, e => e.Reason), Is.EqualTo(new Dictionary<string, ExclusionReason>
            {
                ["no-pci"] = ExclusionReason.CapabilityMissing,
                ["full"] = ExclusionReason.NoBeds,
                ["diverting"] = ExclusionReason.OnDiversion,
                ["remote"] = ExclusionReason.OutsideTimeWindow,
            }));
            Assert.That(result.Approximate, Is.True);
        });
    }
}
