using Dispatch.Server.Oversight;
using Dispatch.Server.Referrals.Persistence;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Calls;

public sealed record ShiftFiguresView(
    DateTimeOffset Since, int Calls, int Transports, int Dispatched, int Open,
    double? AverageResponseSeconds, double? DepartureWithin3MinutesRate, double? AverageDepartureSeconds,
    int Referrals = 0, int Departures = 0, int LateDepartures = 0,
    double? ResponseP50Seconds = null, double? ResponseP90Seconds = null,
    double? RequestToAcceptanceP50Seconds = null, double? RequestToAcceptanceP90Seconds = null,
    double DepartureLimitSeconds = 180, double OnSceneLimitSeconds = 1200);

/// <summary>
/// The key figures of the current shift (the last 12 hours). The departure rate counts every dispatched vehicle,
/// whether it serves a call, a transport or a referral, and a vehicle past the limit without rolling counts as
/// late already. Times are given as the 50th and 90th percentiles, as EMS reports them.
/// </summary>
public sealed class ShiftFigures(CallStore calls, ReferralStore referrals, IOptions<OversightOptions> oversight, TimeProvider clock)
{
    public async Task<ShiftFiguresView> ComputeAsync()
    {
        var now = clock.GetUtcNow();
        var since = now.AddHours(-12);
        var limits = oversight.Value;
        var all = await calls.SinceAsync(since);
        var shiftReferrals = await referrals.LoadManyAsync(await referrals.CreatedSinceAsync(since));
        var emergencies = all.Where(c => c.Kind == CallKind.Emergency).ToList();

        var missions = all.Select(Oversight.Mission.Of).Concat(shiftReferrals.Select(Oversight.Mission.Of)).OfType<Oversight.Mission>().ToList();
        var judged = missions.Select(m => m.DepartedInTime(now, limits.DepartureLimit)).OfType<bool>().ToList();
        var departures = missions.Select(m => (m.EnRoute ?? m.AtPatient) - m.Dispatched).OfType<TimeSpan>().Select(s => s.TotalSeconds).ToList();
        var responses = emergencies.Select(c => c.ResponseSeconds).OfType<double>().ToList();
        var acceptances = shiftReferrals.Select(r => r.Timeline.RequestToAcceptance?.TotalSeconds).OfType<double>().ToList();
        return new ShiftFiguresView(
            since,
            emergencies.Count,
            all.Count - emergencies.Count,
            all.Count(c => c.Timestamps.Dispatched is not null),
            all.Count(c => c.IsOpen),
            responses.Count > 0 ? responses.Average() : null,
            judged.Count > 0 ? judged.Count(inTime => inTime) / (double)judged.Count : null,
            departures.Count > 0 ? departures.Average() : null,
            shiftReferrals.Count,
            judged.Count,
            judged.Count(inTime => !inTime),
            Percentile(responses, 0.5), Percentile(responses, 0.9),
            Percentile(acceptances, 0.5), Percentile(acceptances, 0.9),
            limits.DepartureLimitSeconds, limits.OnSceneLimitSeconds);
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    public static double? Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0) return null;
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
