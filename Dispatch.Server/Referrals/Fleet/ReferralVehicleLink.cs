using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Lifecycle;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Referrals.Fleet;

/// <summary>
/// Joins a referral to the fleet: the vehicle is taken atomically in Redis before the referral records it (so a
/// vehicle serving a 120 call, or another referral, is never sent twice), and the vehicle's status follows the
/// transfer as the crew reports it.
/// </summary>
public sealed class ReferralVehicleLink(FleetStore fleet, VehicleWatchers watchers, VehicleStatusPublisher statuses, ILogger<ReferralVehicleLink> log)
{
    public static string AssignmentOf(string referralId) => "R:" + referralId;

    /// <summary>Moves the vehicle to Dispatched for this referral, or says why it cannot go.</summary>
    public async Task<VehicleStatus> TakeAsync(string referralId, string vehicleId)
    {
        var assignment = AssignmentOf(referralId);
        if (await fleet.AssignmentAsync(vehicleId) == assignment) return VehicleStatus.Dispatched;
        var (taken, status) = await fleet.TryTakeAsync(vehicleId, assignment);
        if (!taken)
            throw new ReferralException(ReferralErrorKind.Conflict, "vehicle-busy", $"Vehicle {vehicleId} is {status} and cannot be assigned.");
        await statuses.PublishAsync(vehicleId, VehicleStatus.Dispatched, assignment);
        return status;
    }

    /// <summary>Gives a vehicle back when the referral did not take it after all (a lost race, a swap).</summary>
    public async Task ReleaseAsync(string vehicleId, VehicleStatus backTo)
    {
        if (await fleet.TryMoveAsync(vehicleId, VehicleStatus.Dispatched, backTo, "") is null)
            await statuses.PublishAsync(vehicleId, backTo, null);
    }

    /// <summary>After a stored change: move the vehicle's status along with the transfer.</summary>
    public async Task FollowAsync(Referral? before, Referral after)
    {
        if (before?.VehicleId is { } previous && previous != after.VehicleId)
        {
            await FreeReplacedAsync(previous, after.Id);
            await watchers.UnwatchAsync(previous);
        }
        await WatchAsync(after);
        if (after.VehicleId is not { } vehicleId) return;
        try
        {
            if (after.State is ReferralState.Cancelled or ReferralState.Failed)
            {
                if (before?.State != after.State) await StandDownAsync(after, vehicleId);
                return;
            }
            var status = Expected(after);
            if (before?.VehicleId == vehicleId && Expected(before) == status) return;
            await SetAsync(vehicleId, status, status == VehicleStatus.Returning ? "" : AssignmentOf(after.Id));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not move vehicle {Vehicle} along with referral {Id}", vehicleId, after.Id);
        }
    }

    // A replaced vehicle is freed whether it was still at its station or already on the way, unless it has meanwhile
    // been given other work.
    private async Task FreeReplacedAsync(string vehicleId, string referralId)
    {
        if (await fleet.AssignmentAsync(vehicleId) is { Length: > 0 } assignment && assignment != AssignmentOf(referralId)) return;
        var status = await fleet.StatusAsync(vehicleId);
        if (status is VehicleStatus.Available or VehicleStatus.OutOfService) return;
        if (await fleet.TryMoveAsync(vehicleId, status, VehicleStatus.Available, "") is null)
            await statuses.PublishAsync(vehicleId, VehicleStatus.Available, null);
    }

    // Where the crew is, judged from the referral: its state once the patient is aboard, its timeline before that
    // (a vehicle may reach the patient before any hospital has accepted).
    private static VehicleStatus Expected(Referral r) => r.State switch
    {
        ReferralState.InTransfer => VehicleStatus.Transporting,
        ReferralState.ArrivedAtHospital => VehicleStatus.AtHospital,
        ReferralState.HandedOver => VehicleStatus.Returning,
        _ when r.Timeline.AtPatientAt is not null => VehicleStatus.OnScene,
        _ when r.Timeline.EnRouteAt is not null => VehicleStatus.EnRoute,
        _ => VehicleStatus.Dispatched,
    };

    private async Task StandDownAsync(Referral after, string vehicleId)
    {
        // A referral raised from a 120 call gives the ambulance back to that call: the crew still has the patient.
        if (after.CallId is { } callId && await fleet.TryHandOverAsync(vehicleId, AssignmentOf(after.Id), callId))
        {
            await statuses.PublishAsync(vehicleId, await fleet.StatusAsync(vehicleId), callId);
            return;
        }
        // Not yet with the patient: free at once. Otherwise the crew finishes and drives back.
        var status = await fleet.StatusAsync(vehicleId);
        await SetAsync(vehicleId, status is VehicleStatus.Dispatched or VehicleStatus.EnRoute ? VehicleStatus.Available : VehicleStatus.Returning, "");
    }

    // The requesting doctors and the receiving hospital follow the vehicle live until the hand-over.
    private async Task WatchAsync(Referral after)
    {
        if (after.VehicleId is not { } vehicleId) return;
        if (after.State.IsTerminal())
        {
            await watchers.UnwatchAsync(vehicleId);
            return;
        }
        var groups = new List<string> { HubGroups.Facility(after.FacilityId) };
        if (after.AcceptedHospitalId is { } accepted) groups.Add(HubGroups.Hospital(accepted));
        else groups.AddRange(after.OfferedHospitalIds.Select(HubGroups.Hospital));
        await watchers.WatchAsync(vehicleId, groups);
    }

    private async Task SetAsync(string vehicleId, VehicleStatus status, string assignment)
    {
        var current = await fleet.StatusAsync(vehicleId);
        if (current == status) return;
        if (await fleet.TryMoveAsync(vehicleId, current, status, assignment) is null)
            await statuses.PublishAsync(vehicleId, status, assignment.Length == 0 ? null : assignment);
    }

}
