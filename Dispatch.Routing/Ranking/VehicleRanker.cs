using System.Diagnostics;
using System.Globalization;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Queries;

namespace Dispatch.Routing.Ranking;

/// <summary>Ranks vehicles by road time to the patient, leaving out unsuitable, busy or stale ones.</summary>
/// <param name="fleet">
/// Vehicle index for the road times while no closure is in force (by default the engine's own); null to search
/// from every vehicle on each call. Either way the ranking is the same.
/// </param>
public sealed class VehicleRanker(RoutingEngine engine, FleetIndex? fleet)
{
    public VehicleRanker(RoutingEngine engine) : this(engine, engine.Fleet) { }

    public Ranking<VehicleCandidate> Rank(VehicleRequest request, IReadOnlyList<VehicleCandidate> vehicles, TimeSpan budget, CancellationToken cancel = default) =>
        Rank(request, vehicles, Deadline.After(budget, cancel));

    public Ranking<VehicleCandidate> Rank(VehicleRequest request, IReadOnlyList<VehicleCandidate> vehicles, Deadline deadline)
    {
        var started = Stopwatch.GetTimestamp();
        var excluded = new List<Exclusion>();
        var eligible = new List<VehicleCandidate>();
        foreach (var v in vehicles)
        {
            if (Filter(request, v) is { } why) excluded.Add(why);
            else eligible.Add(v);
        }

        var (times, estimated) = TravelLegs.Compute(engine, request.Patient, eligible.Select(v => v.Location).ToList(), towardsPatient: true, deadline,
            fleet is null ? null : (fleet, eligible.Select(v => v.Id).ToList()));
        var ranked = new List<Ranked<VehicleCandidate>>();
        for (var i = 0; i < eligible.Count; i++)
        {
            var v = eligible[i];
            var t = times[i];
            if (t.Status == TravelStatus.NotSnappable) excluded.Add(new Exclusion(v.Id, ExclusionReason.NotSnappable));
            else if (!t.IsReached) excluded.Add(new Exclusion(v.Id, ExclusionReason.Unreachable));
            else if (request.MaxMinutes is { } max && t.Minutes > max)
                excluded.Add(new Exclusion(v.Id, ExclusionReason.OutsideTimeWindow, FormattableString.Invariant($"{t.Minutes:F1} > {max:F0} min")));
            else ranked.Add(new Ranked<VehicleCandidate>(v, t, estimated[i]));
        }
        ranked.Sort((a, b) => a.Time.Ticks.CompareTo(b.Time.Ticks) is var c && c != 0 ? c : string.CompareOrdinal(a.Candidate.Id, b.Candidate.Id));
        return new Ranking<VehicleCandidate>(ranked, excluded, estimated.Any(e => e), Stopwatch.GetElapsedTime(started));
    }

    private static Exclusion? Filter(VehicleRequest request, VehicleCandidate v)
    {
        if (!v.Available) return new Exclusion(v.Id, ExclusionReason.NotAvailable);
        if (request.Now - v.LastSeen > request.MaxPositionAge)
            return new Exclusion(v.Id, ExclusionReason.StalePosition, v.LastSeen.ToString("u", CultureInfo.InvariantCulture));
        if (request.Kinds.Count > 0 && !request.Kinds.Contains(v.Kind))
            return new Exclusion(v.Id, ExclusionReason.WrongVehicleKind, v.Kind.ToString());
        foreach (var item in request.RequiredEquipment)
            if (!v.Equipment.Contains(item)) return new Exclusion(v.Id, ExclusionReason.MissingEquipment, item);
        return null;
    }
}
