using Dispatch.Routing;
using Dispatch.Routing.Queries;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// Ranks hospitals by road travel time from the patient's facility (one-to-many query on the routing engine).
/// Capability, diversion and bed checks come first, so only possible hospitals cost a route. When the
/// deadline cuts the query short, legs not computed fall back to the straight-line estimate and the
/// answer is marked approximate.
/// </summary>
public sealed class RoadTimeHospitalMatcher(RoutingEngine engine, IReferralFacilities facilities, TransferTimeWindow window) : IHospitalMatcher
{
    public async ValueTask<MatchResult> RankAsync(MatchQuery query, CancellationToken cancellationToken)
    {
        var exclusions = new List<HospitalExclusion>();
        var possible = new List<ReceivingHospital>();
        foreach (var h in await facilities.HospitalsAsync())
        {
            if (HospitalCheck.Check(h, query.Required) is { } unable)
                exclusions.Add(unable);
            else
                possible.Add(h);
        }

        var budget = query.Deadline - DateTimeOffset.UtcNow;
        var deadline = Deadline.After(budget > TimeSpan.Zero ? budget : TimeSpan.FromTicks(1), cancellationToken);
        var times = engine.OneToMany(new GeoPoint(query.Lon, query.Lat), possible.Select(h => new GeoPoint(h.Lon, h.Lat)).ToList(), deadline);

        var limit = window.For(query.Priority);
        var candidates = new List<HospitalCandidate>();
        var approximate = false;
        for (var i = 0; i < possible.Count; i++)
        {
            var h = possible[i];
            double minutes;
            double km;
            switch (times[i].Status)
            {
                case TravelStatus.Reached:
                    minutes = times[i].Minutes;
                    km = times[i].Meters / 1000;
                    break;
                case TravelStatus.NotComputed:
                    approximate = true;
                    minutes = StraightLineEstimate.Minutes(query.Lon, query.Lat, h.Lon, h.Lat);
                    km = StraightLineEstimate.Km(query.Lon, query.Lat, h.Lon, h.Lat);
                    break;
                default:
                    exclusions.Add(new(h.Id, h.Name, ExclusionReason.Unreachable, $"No road route ({times[i].Status})."));
                    continue;
            }
            if (minutes > limit)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.OutsideTimeWindow, $"About {minutes:F0} min by road, limit {limit:F0} min.")
                {
                    Minutes = Math.Round(minutes, 1),
                    LimitMinutes = limit,
                });
            else
                candidates.Add(new(h.Id, h.Name, Math.Round(minutes, 1), Math.Round(km, 1)));
        }

        candidates.Sort((a, b) => Nullable.Compare(a.EstimatedMinutes, b.EstimatedMinutes));
        return new MatchResult(candidates, exclusions, approximate);
    }
}
