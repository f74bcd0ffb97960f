using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// INTERIM matcher until the road-time ranking from Dispatch.Routing is wired in: estimates travel time
/// from great-circle distance with a detour factor and an average ambulance speed. Never use it to
/// recommend in production; it exists so the workflow can run end to end.
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
            var minutes = EstimateMinutes(query.Lon, query.Lat, h.Lon, h.Lat);
            if (HospitalCheck.Check(h, query.Required) is { } unable)
                exclusions.Add(unable);
            else if (minutes > limit)
                exclusions.Add(new(h.Id, h.Name, ExclusionReason.OutsideTimeWindow, $"About {minutes:F0} min, limit {limit:F0} min.")
                {
                    Minutes = Math.Round(minutes, 1),
                    LimitMinutes = limit,
                });
            else
                candidates.Add(new(h.Id, h.Name, Math.Round(minutes, 1), Math.Round(EstimateKm(query.Lon, query.Lat, h.Lon, h.Lat), 1)));
        }

        candidates.Sort((a, b) => Nullable.Compare(a.EstimatedMinutes, b.EstimatedMinutes));
        return new MatchResult(candidates, exclusions, Approximate: true);
    }

    internal static double EstimateMinutes(double lon1, double lat1, double lon2, double lat2) =>
        EstimateKm(lon1, lat1, lon2, lat2) / AverageKmPerHour * 60;

    /// <summary>Great-circle distance times a detour factor: roughly what the road distance would be.</summary>
    internal static double EstimateKm(double lon1, double lat1, double lon2, double lat2)
    {
        const double earthKm = 6371.0;
        double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        var km = 2 * earthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
        return km * DetourFactor;
    }
}
