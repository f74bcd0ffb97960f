using Dispatch.Routing.Fleet;
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

    /// <param name="fleet">
    /// With <paramref name="towardsPatient"/>, a vehicle index to answer from while no closure is in force, and the
    /// vehicles' ids in the order of <paramref name="others"/>; each snapped vehicle is brought up to date in it first.
    /// </param>
    public static (TravelTime[] times, bool[] estimated) Compute(
        RoutingEngine engine, GeoPoint patient, IReadOnlyList<GeoPoint> others, bool towardsPatient, Deadline deadline,
        (FleetIndex index, IReadOnlyList<string> ids)? fleet = null)
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
            if (towardsPatient && fleet is var (vehicles, ids) && ReferenceEquals(router, engine.Fast))
                FromIndex(engine, vehicles, ids, index, snapped, patientSnap, legs, inner);
            else if (towardsPatient) router.ManyToOne(snapped, patientSnap, legs, inner);
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

    /// <summary>
    /// Brings each snapped vehicle's entry up to date (a lookup when it has not moved), then one indexed query. A
    /// vehicle another caller moved in the meantime (or named twice in the list) is searched for directly instead,
    /// so every leg is from the position given here. A deadline that passes first leaves the legs to the estimate.
    /// </summary>
    private static void FromIndex(RoutingEngine engine, FleetIndex vehicles, IReadOnlyList<string> ids, List<int> at, List<SnapResult> snapped,
        SnapResult patient, TravelTime[] legs, Deadline deadline)
    {
        var handles = new VehicleHandle[snapped.Count];
        for (var k = 0; k < snapped.Count; k++)
        {
            if (deadline.Expired) return;
            handles[k] = vehicles.Update(ids[at[k]], snapped[k]);
        }
        vehicles.ManyToOne(handles, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(snapped), patient, legs, deadline);
        if (deadline.Expired) return;
        List<int>? missed = null;
        for (var k = 0; k < legs.Length; k++)
            if (legs[k].Status == TravelStatus.NotComputed) (missed ??= []).Add(k);
        if (missed is null) return;
        var again = new TravelTime[missed.Count];
        engine.Fast.ManyToOne(missed.Select(k => snapped[k]).ToList(), patient, again, deadline);
        for (var i = 0; i < missed.Count; i++) legs[missed[i]] = again[i];
    }
}
