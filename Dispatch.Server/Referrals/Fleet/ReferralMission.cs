using Dispatch.Server.Calls;
using Dispatch.Server.Calls.Referring;
using Dispatch.Server.Commands;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Fleet;

/// <summary>
/// What a referral change means for its vehicle and for the 120 call it grew out of, decided together with the change
/// and staged in the same atomic write: the vehicle is taken when assigned, follows the crew's reports, and is stood
/// down (or handed back to its call) when the referral ends. A crew report for a vehicle that has moved on to another
/// mission is refused, so a late report can never move a vehicle on its new mission.
/// </summary>
public sealed class ReferralMission(FleetStore fleet, CallStore calls, VehicleStatusPublisher vehicles, CallAnnouncer callAnnouncer)
{
    public static string Of(string referralId) => "R:" + referralId;

    /// <summary>The referral id a vehicle's mission names, or null when it serves a call (or nothing).</summary>
    public static string? ReferralIdOf(string? mission) => mission is not null && mission.StartsWith("R:", StringComparison.Ordinal) ? mission[2..] : null;

    /// <summary>The doctors of the requesting facility and the receiving hospital follow the vehicle live until the hand-over.</summary>
    public static IReadOnlyList<string> Watchers(Referral r)
    {
        var groups = new List<string> { HubGroups.Facility(r.FacilityId) };
        if (r.AcceptedHospitalId is { } accepted) groups.Add(HubGroups.Hospital(accepted));
        else groups.AddRange(r.OfferedHospitalIds.Select(HubGroups.Hospital));
        return groups;
    }

    /// <summary>Stages the consequences of <paramref name="before"/> becoming <paramref name="after"/> through <paramref name="transitions"/>.</summary>
    public async Task StageAsync(CommandContext command, Referral before, Referral after, IReadOnlyList<TransitionRecord> transitions)
    {
        var mission = Of(after.Id);
        if (before.VehicleId is { } previous && previous != after.VehicleId)
        {
            // A vehicle swapped out is stood down, if it still serves this referral.
            var swapped = await fleet.StateAsync(previous);
            if (swapped.Mission == mission)
                vehicles.Stage(command, new VehicleMove(swapped, VehicleStatusRules.StandDown(swapped.Status), null, watchers: []));
        }

        var call = after.CallId is { } callId ? await calls.FindAsync(callId) : null;
        var linked = call is not null && call.ReferralId == after.Id;

        if (after.VehicleId is { } vehicleId)
        {
            var vehicle = await fleet.StateAsync(vehicleId);
            if (vehicleId != before.VehicleId) Take(command, vehicle, after);
            else if (!before.State.IsTerminal()) Follow(command, vehicle, after, transitions, linked ? call!.Id : null);
        }

        if (linked && CallMirror.Of(call!, after) is var mirrored && mirrored != call)
        {
            var saved = CallStore.Stage(command.Commit, mirrored);
            command.Announce(() => callAnnouncer.ChangedWithCrewAsync(saved));
        }
    }

    private void Take(CommandContext command, VehicleState vehicle, Referral after)
    {
        if (!vehicle.IsFree)
            throw new ReferralException(RefusalKind.Conflict, "vehicle-busy", $"Vehicle {vehicle.VehicleId} is {vehicle.Status} and cannot be assigned.");
        vehicles.Stage(command, new VehicleMove(vehicle, VehicleStatus.Dispatched, Of(after.Id), Watchers(after)));
    }

    private void Follow(CommandContext command, VehicleState vehicle, Referral after, IReadOnlyList<TransitionRecord> transitions, string? linkedCallId)
    {
        var mission = Of(after.Id);
        var reported = transitions.Select(t => Reported(t.Action)).LastOrDefault(s => s is not null);
        if (vehicle.Mission != mission)
        {
            // The vehicle serves another mission now: a crew report for this one must not move it.
            if (reported is not null)
                throw new ReferralException(RefusalKind.Conflict, "not-current-mission",
                    $"Vehicle {vehicle.VehicleId} no longer serves referral {after.Id}; the report is refused.");
            return;
        }

        switch (after.State)
        {
            case ReferralState.HandedOver:
                vehicles.Stage(command, new VehicleMove(vehicle, VehicleStatus.Returning, null, watchers: []));
                return;
            case ReferralState.Cancelled or ReferralState.Failed when linkedCallId is not null:
                // A referral raised from a 120 call gives the ambulance back to that call: the crew still has the patient.
                vehicles.Stage(command, new VehicleMove(vehicle, vehicle.Status, linkedCallId, watchers: []));
                return;
            case ReferralState.Cancelled or ReferralState.Failed:
                vehicles.Stage(command, new VehicleMove(vehicle, VehicleStatusRules.StandDown(vehicle.Status), null, watchers: []));
                return;
        }

        var to = reported ?? vehicle.Status;
        vehicles.Stage(command, new VehicleMove(vehicle, to, mission, Watchers(after)));
    }

    // A crew report moves the vehicle with it; other actions (an acceptance, a new offer) leave it where it is.
    private static VehicleStatus? Reported(ReferralAction action) => action switch
    {
        ReferralAction.EnRoute => VehicleStatus.EnRoute,
        ReferralAction.OnScene => VehicleStatus.OnScene,
        ReferralAction.OnBoard => VehicleStatus.Transporting,
        ReferralAction.Arrive => VehicleStatus.AtHospital,
        _ => null,
    };
}
