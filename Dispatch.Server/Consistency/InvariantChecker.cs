using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using StackExchange.Redis;

namespace Dispatch.Server.Consistency;

/// <summary>
/// Reads Redis and lists every disagreement between referrals, calls, transports and vehicles: a mission on a free
/// vehicle, a vehicle committed to a finished mission, two missions on one vehicle, a claim naming a referral that does
/// not exist, a status that contradicts the mission's progress, an open-set entry for a closed record, a bed the board
/// counts for a referral that does not hold it (or the reverse). An empty list
/// means every vehicle, call and referral tells the same story.
/// </summary>
public sealed class InvariantChecker(IConnectionMultiplexer redis)
{
    public async Task<IReadOnlyList<Disagreement>> CheckAsync() => Check(await MissionSnapshot.ReadAsync(redis.GetDatabase()));

    public static IReadOnlyList<Disagreement> Check(MissionSnapshot s)
    {
        var found = new List<Disagreement>();
        void Add(string rule, string subject, string detail) => found.Add(new(rule, subject, detail));

        var vehicleIds = s.Statuses.Keys.Union(s.Missions.Keys).Order(StringComparer.Ordinal);
        foreach (var v in vehicleIds)
        {
            var status = s.Statuses.GetValueOrDefault(v, VehicleStatus.Available);
            var mission = s.Missions.GetValueOrDefault(v);
            if (mission is null)
            {
                if (VehicleStatusRules.IsOnMission(status)) Add("busy-vehicle-without-mission", $"vehicle {v}", $"{status} with no mission");
                continue;
            }
            if (!VehicleStatusRules.IsOnMission(status)) Add("mission-on-free-vehicle", $"vehicle {v}", $"{status} but on mission {mission}");

            if (ReferralMission.ReferralIdOf(mission) is { } referralId)
            {
                if (s.Referrals.GetValueOrDefault(referralId) is not { } r) { Add("mission-missing", $"vehicle {v}", $"its referral {referralId} does not exist"); continue; }
                if (r.State.IsTerminal()) Add("vehicle-on-finished-mission", $"vehicle {v}", $"still on referral {r.Id}, which is {r.State}");
                else if (r.VehicleId != v) Add("mission-names-other-vehicle", $"vehicle {v}", $"on referral {r.Id}, which names vehicle {r.VehicleId ?? "none"}");
                else if (!Fits(status, r)) Add("vehicle-status-disagrees", $"vehicle {v}", $"{status} on referral {r.Id}, which is {r.State}");
            }
            else
            {
                if (s.Calls.GetValueOrDefault(mission) is not { } c) { Add("mission-missing", $"vehicle {v}", $"its call {mission} does not exist"); continue; }
                if (!c.IsOpen) Add("vehicle-on-finished-mission", $"vehicle {v}", $"still on call {c.Id}, which is {c.Status}");
                else if (c.VehicleId != v) Add("mission-names-other-vehicle", $"vehicle {v}", $"on call {c.Id}, which names vehicle {c.VehicleId ?? "none"}");
                else if (c.ReferralId is { } claimedBy) Add("vehicle-on-referred-call", $"vehicle {v}", $"on call {c.Id}, which became referral {claimedBy}");
                else if (c.Status.ToString() != status.ToString()) Add("vehicle-status-disagrees", $"vehicle {v}", $"{status} on call {c.Id}, which is {c.Status}");
            }
        }

        foreach (var c in s.Calls.Values.OfType<Call>())
        {
            if (s.OpenCallIds.Contains(c.Id) != c.IsOpen) Add("open-set", $"call {c.Id}", $"{c.Status} but {(c.IsOpen ? "missing from" : "still in")} the open calls");
            if (c.ReferralId is { } referralId)
            {
                if (s.Referrals.GetValueOrDefault(referralId) is not { } r) { Add("claim-names-missing-referral", $"call {c.Id}", $"claimed by referral {referralId}, which does not exist"); continue; }
                if (r.CallId != c.Id) Add("claim-not-mutual", $"call {c.Id}", $"claimed by referral {r.Id}, which names call {r.CallId ?? "none"}");
                if (r.State is ReferralState.Cancelled or ReferralState.Failed) Add("claim-names-ended-referral", $"call {c.Id}", $"still claimed by referral {r.Id}, which is {r.State}");
                if (r.State == ReferralState.HandedOver && c.Status != CallStatus.Completed) Add("call-behind-referral", $"call {c.Id}", $"{c.Status} but its referral {r.Id} was handed over");
                continue;
            }
            if (c.IsOpen && c.VehicleId is { } v && c.Status != CallStatus.Queued)
                CheckVehicleServes(s, v, c.Id, $"call {c.Id}", Add);
        }

        foreach (var r in s.Referrals.Values.OfType<Referral>())
        {
            if (s.OpenReferralIds.Contains(r.Id) == r.State.IsTerminal())
                Add("open-set", $"referral {r.Id}", $"{r.State} but {(r.State.IsTerminal() ? "still in" : "missing from")} the open referrals");
            if (r.State.IsTerminal()) continue;
            if (r.VehicleId is { } v) CheckVehicleServes(s, v, ReferralMission.Of(r.Id), $"referral {r.Id}", Add);
            if (r.CallId is { } callId && s.Calls.GetValueOrDefault(callId)?.ReferralId != r.Id)
                Add("referral-call-unlinked", $"referral {r.Id}", $"raised from call {callId}, which does not name it");
        }
        foreach (var (id, bed) in s.BedsHeld)
        {
            if (s.Referrals.GetValueOrDefault(id) is not { } r) { Add("bed-held-for-missing-referral", $"referral {id}", $"holds a bed ({bed}) but does not exist"); continue; }
            if (ReferralStore.BedHeld(r) != bed) Add("bed-count-disagrees", $"referral {id}", $"the board counts {bed}; the referral holds {(ReferralStore.BedHeld(r) is { Length: > 0 } b ? b : "nothing")}");
        }
        // An occupied bed stops counting once the hospital reports that capability again, so only held beds must be on the board.
        foreach (var r in s.Referrals.Values.OfType<Referral>().Where(r => r.ReservedBed is { Holds: true, OccupiedAt: null } && !s.BedsHeld.ContainsKey(r.Id)))
            Add("bed-not-counted", $"referral {r.Id}", $"holds a bed at {r.ReservedBed!.HospitalId} the board does not count");
        foreach (var id in s.OpenReferralIds.Where(id => s.Referrals.GetValueOrDefault(id) is null))
            Add("open-set", $"referral {id}", "in the open referrals but does not exist");
        return found;
    }

    private static void CheckVehicleServes(MissionSnapshot s, string vehicleId, string mission, string subject, Action<string, string, string> add)
    {
        var actual = s.Missions.GetValueOrDefault(vehicleId);
        if (actual == mission) return;
        if (actual is not null && IsOpenMission(s, actual))
            add("two-missions-on-one-vehicle", $"vehicle {vehicleId}", $"{subject} and {actual} both hold it");
        else
            add("mission-lost-its-vehicle", subject, $"names vehicle {vehicleId}, which serves {actual ?? "nothing"}");
    }

    private static bool IsOpenMission(MissionSnapshot s, string mission) =>
        ReferralMission.ReferralIdOf(mission) is { } referralId
            ? s.Referrals.GetValueOrDefault(referralId) is { } r && !r.State.IsTerminal()
            : s.Calls.GetValueOrDefault(mission) is { IsOpen: true, ReferralId: null };

    // Where the crew can be while the referral is in this state.
    private static bool Fits(VehicleStatus status, Referral r) => r.State switch
    {
        ReferralState.InTransfer => status == VehicleStatus.Transporting,
        ReferralState.ArrivedAtHospital => status == VehicleStatus.AtHospital,
        _ => status is VehicleStatus.Dispatched or VehicleStatus.EnRoute or VehicleStatus.OnScene,
    };
}
