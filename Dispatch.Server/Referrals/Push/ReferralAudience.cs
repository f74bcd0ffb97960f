using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Push;

/// <summary>
/// Exactly who may see a referral: every dispatcher, the requesting facility's doctors, the hospital it is
/// currently offered to (all of a parallel round; after acceptance, the accepting one) and the assigned vehicle. Nobody else.
/// </summary>
public static class ReferralAudience
{
    public static IReadOnlyList<string> Groups(Referral r)
    {
        var groups = new List<string> { HubGroups.Dispatchers, HubGroups.Facility(r.FacilityId) };
        if (r.AcceptedHospitalId is { } accepted) groups.Add(HubGroups.Hospital(accepted));
        else groups.AddRange(r.OfferedHospitalIds.Select(HubGroups.Hospital));
        if (r.VehicleId is { } vehicle) groups.Add(HubGroups.Vehicle(vehicle));
        return groups;
    }

    /// <summary>Each group of <see cref="Groups"/> with an actor standing for its members, to judge what they may do.</summary>
    public static IEnumerable<(string Group, Actor Viewer)> Viewers(Referral r)
    {
        yield return (HubGroups.Dispatchers, Actor.Dispatcher("dispatchers"));
        yield return (HubGroups.Facility(r.FacilityId), Actor.Doctor("facility", r.FacilityId));
        if (r.AcceptedHospitalId is { } accepted) yield return (HubGroups.Hospital(accepted), Actor.Hospital("hospital", accepted));
        else
            foreach (var offered in r.OfferedHospitalIds)
                yield return (HubGroups.Hospital(offered), Actor.Hospital("hospital", offered));
        if (r.VehicleId is { } vehicle) yield return (HubGroups.Vehicle(vehicle), Actor.Crew("crew", vehicle));
    }

    /// <summary>Groups that could see the referral before this change and cannot any more.</summary>
    public static IReadOnlyList<string> Lost(Referral before, Referral after) => Groups(before).Except(Groups(after)).ToList();

    /// <summary>Whether a signed-in actor may read the referral (same rule as the push audience).</summary>
    public static bool CanSee(Actor actor, Referral r) => actor.Role switch
    {
        ReferralRoles.Dispatcher or ReferralRoles.Admin or ReferralRoles.System => true,
        ReferralRoles.Doctor => actor.FacilityId == r.FacilityId,
        ReferralRoles.Hospital => actor.HospitalId is not null
            && (r.AcceptedHospitalId is { } accepted ? actor.HospitalId == accepted : r.IsOfferedTo(actor.HospitalId)),
        ReferralRoles.Vehicle => actor.VehicleId is not null && actor.VehicleId == r.VehicleId,
        _ => false,
    };
}
