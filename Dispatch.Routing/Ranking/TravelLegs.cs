using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Ranking;

/// <summary>
/// Road times between the patient and many candidates under a deadline; legs the deadline cut off get a
/// straight-line estimate so the caller always has an answer in time.
/// </summary>
internal static class TravelLegs
{
    /// <summary>Time kept back for sorting and assembling the answer after the last road query.</summary>
    private static readonly TimeSpan AssemblyMargin = TimeSpan.FromMilliseconds(0.15);

    public static (TravelTime[] times, bool[] estimated) Compute(
        RoutingEngine engine, GeoPoint patient, IReadOnlyList<GeoPoint> others, bool towardsPatient, Deadline deadline)
    {
        var inner = deadline.WithMargin(AssemblyMargin);
        var times = new TravelTime[others.Count];
        var estimated = new bool[others.Count];
        // An unsnappable patient still gets an answer: every leg falls back to the estimate below.
        SnapResult? patientSnap = inner.Expired ? null : engine.TrySnapCached(patient);

        var snapped = new List<SnapResult>(others.Count);
        var index = new List<int>(others.Count);
        for (var i = 0; i < others.Count && patientSnap is not null; i++)
        {
            if (inner.Expired) break;
            if (engine.TrySnapCached(others[i]) is { } s) { snapped.Add(s); index.Add(i); }
            else times[i] = TravelTime.NotSnappable;
        }
        if (patientSnap is not null && snapped.Count > 0 && !inner.Expired)
        {
            var legs = new TravelTime[snapped.Count];
            var router = engine.Current;
            if (towardsPatient) router.ManyToOne(snapped, patientSnap, legs, inner);
            else router.OneToMany(patientSnap, snapped, legs, inner);
            for (var k = 0; k < legs.Length; k++) times[index[k]] = legs[k];
        }
        for (var i = 0; i < others.Count; i++)
        {
            if (times[i].Status != TravelStatus.NotComputed) continue;
            times[i] = towardsPatient ? StraightLineEstimate.Between(others[i], patient) : StraightLineEstimate.Between(patient, others[i]);
            estimated[i] = true;
        }
        return (times, estimated);
    }
}
