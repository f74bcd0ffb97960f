using System.Diagnostics;
using Dispatch.Routing.Queries;

namespace Dispatch.Routing.Ranking;

/// <summary>Ranks receiving hospitals by road time from the patient, after the clinical filters.</summary>
public sealed class HospitalRanker(RoutingEngine engine)
{
    public Ranking<HospitalCandidate> Rank(HospitalRequest request, IReadOnlyList<HospitalCandidate> hospitals, TimeSpan budget, CancellationToken cancel = default) =>
        Rank(request, hospitals, Deadline.After(budget, cancel));

    public Ranking<HospitalCandidate> Rank(HospitalRequest request, IReadOnlyList<HospitalCandidate> hospitals, Deadline deadline)
    {
        var started = Stopwatch.GetTimestamp();
        var excluded = new List<Exclusion>();
        var eligible = new List<HospitalCandidate>();
        foreach (var h in hospitals)
        {
            if (Filter(request, h) is { } why) excluded.Add(why);
            else eligible.Add(h);
        }

        var (times, estimated) = TravelLegs.Compute(engine, request.Patient, eligible.Select(h => h.Location).ToList(), towardsPatient: false, deadline);
        var ranked = new List<Ranked<HospitalCandidate>>();
        for (var i = 0; i < eligible.Count; i++)
        {
            var h = eligible[i];
            var t = times[i];
            if (t.Status == TravelStatus.NotSnappable) excluded.Add(new Exclusion(h.Id, ExclusionReason.NotSnappable));
            else if (!t.IsReached) excluded.Add(new Exclusion(h.Id, ExclusionReason.Unreachable));
            else if (request.MaxMinutes is { } max && t.Minutes > max)
                excluded.Add(new Exclusion(h.Id, ExclusionReason.OutsideTimeWindow, FormattableString.Invariant($"{t.Minutes:F1} > {max:F0} min")));
            else ranked.Add(new Ranked<HospitalCandidate>(h, t, estimated[i]));
        }
        ranked.Sort((a, b) => a.Time.Ticks.CompareTo(b.Time.Ticks) is var c && c != 0 ? c : string.CompareOrdinal(a.Candidate.Id, b.Candidate.Id));
        return new Ranking<HospitalCandidate>(ranked, excluded, estimated.Any(e => e), Stopwatch.GetElapsedTime(started));
    }

    private static Exclusion? Filter(HospitalRequest request, HospitalCandidate h)
    {
        if (h.OnDiversion) return new Exclusion(h.Id, ExclusionReason.OnDiversion);
        if (h.Level < request.MinLevel)
            return new Exclusion(h.Id, ExclusionReason.LevelTooLow, FormattableString.Invariant($"{h.Level} < {request.MinLevel}"));
        foreach (var cap in request.RequiredCapabilities)
            if (!h.Capabilities.Contains(cap)) return new Exclusion(h.Id, ExclusionReason.MissingCapability, cap);
        foreach (var cap in request.RequiredCapabilities)
            if (h.BedsAvailable.TryGetValue(cap, out var beds) && beds <= 0) return new Exclusion(h.Id, ExclusionReason.NoBedsAvailable, cap);
        return null;
    }
}
