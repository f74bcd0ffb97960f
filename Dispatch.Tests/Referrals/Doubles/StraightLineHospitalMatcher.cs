using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;

namespace Dispatch.Tests.Referrals.Doubles;

/// <summary>
/// A test double ranking hospitals by the straight-line estimate, for lifecycle tests that need a ranking but no road
/// network. The server always ranks by road time; this never ships in it.
/// </summary>
public sealed class StraightLineHospitalMatcher(IReferralFacilities facilities, TransferTimeWindow window) : IHospitalMatcher
{
    public async ValueTask<MatchResult> RankAsync(MatchQuery query, CancellationToken cancellationToken)
    {
        var candidates = new List<HospitalCandidate>();
        var exclusions = new List<HospitalExclusion>();
        var limit = window.For(query.Priority);

        foreach (var h in await facilities.HospitalsAsync())
        {
            var minutes = StraightLineEstimate.Minutes(query.Lon, query.Lat, h.Lon, h.Lat);
            if (HospitalCheck.Check(h, query.Required) is { } unable)
                exclusions.Add(unable);
            else if (minutes > limit)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.OutsideTimeWindow, $"About {minutes:F0} min, limit {limit:F0} min.")
                {
                    Minutes = Math.Round(minutes, 1),
                    LimitMinutes = limit,
                });
            else
                candidates.Add(new(h.Id, h.Name, Math.Round(minutes, 1), Math.Round(StraightLineEstimate.Km(query.Lon, query.Lat, h.Lon, h.Lat), 1)));
        }

        candidates.Sort((a, b) => Nullable.Compare(a.EstimatedMinutes, b.EstimatedMinutes));
        return new MatchResult(candidates, exclusions, Approximate: true);
    }
}
