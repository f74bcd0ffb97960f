using System.Text.Json;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;

namespace Dispatch.Tests.Referrals.Doubles;

/// <summary>
/// A test double ranking hospitals by the straight-line estimate, for lifecycle tests that need a ranking but no road
/// network. The server always ranks by road time; this never ships in it.
/// </summary>
public sealed class StraightLineHospitalMatcher(IReferralFacilities facilities, TransferTimeWindow window) : IHospitalMatcher
{
    private const double DetourFactor = 1.4;
    private const double AverageKmPerHour = 45;

    public async ValueTask<MatchResult> RankAsync(MatchQuery query, CancellationToken cancellationToken)
    {
        var candidates = new List<HospitalCandidate>();
        var exclusions = new List<HospitalExclusion>();
        var limit = window.For(query.Priority);

        foreach (var h in await facilities.HospitalsAsync())
        {
            var missing = query.Required.Where(c => !h.Capabilities.Contains(c)).ToList();
            var minutes = StraightLineEstimate.Minutes(query.Lon, query.Lat, h.Lon, h.Lat);
            if (missing.Count > 0)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.CapabilityMissing, "Missing: " + string.Join(", ", missing.Select(c => JsonNamingPolicy.CamelCase.ConvertName(c.ToString())))));
            else if (h.OnDiversion)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.OnDiversion, "Hospital is on diversion."));
            else if (!h.HasBedFor(query.Required))
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.NoBeds, "No free beds reported."));
            else if (minutes > limit)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.OutsideTimeWindow, $"About {minutes:F0} min, limit {limit:F0} min."));
            else
                candidates.Add(new(h.Id, h.Name, Math.Round(minutes, 1)));
        }

        candidates.Sort((a, b) => Nullable.Compare(a.EstimatedMinutes, b.EstimatedMinutes));
        return new MatchResult(candidates, exclusions, Approximate: true);
    }
}
