using System.Security.Claims;
using Dispatch.Server.Accounts;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Calls;

/// <summary>
/// Runs a call from intake to the vehicle back in service: assignment takes the vehicle atomically in Redis,
/// crews report their milestones, and every change is pushed to dispatchers and to the assigned vehicle only.
/// </summary>
public sealed class CallService(
    CallStore calls,
    FleetStore fleet,
    VehicleRegistry vehicles,
    FacilityRegistry facilities,
    Region region,
    IHubContext<DispatchHub> hub,
    VehicleStatusPublisher statuses,
    Referring.UnfinishedReferrals unfinished,
    TimeProvider clock,
    Numbering.CaseNumbers numbers)
{
    public const string CallChangedEvent = "CallChanged";
    public const string AssignmentEvent = "Assignment";
    private const int MaxRetries = 5;

    public async Task<Call> CreateAsync(NewCall request, ClaimsPrincipal user, string? idempotencyKey)
    {
        var errors = NewCallValidation.Check(request, region, facilities);
        if (errors.Count > 0) throw new CallValidationException(errors);
        var kind = request.Kind is null ? CallKind.Emergency : Enum.Parse<CallKind>(request.Kind, ignoreCase: true);
        if (user.Role() == Roles.Doctor && kind != CallKind.Transport)
            throw CallRefusal.Forbidden("Doctors request non-emergency transports here; a critical patient goes through a green-channel referral.");

        var id = await calls.NextIdAsync(kind, numbers);
        if (idempotencyKey is not null && await calls.ClaimIdempotencyKeyAsync(idempotencyKey, id) is { } existingId)
            return await calls.FindAsync(existingId) ?? throw CallRefusal.Conflict("The same request is still being recorded; try again.");

        var call = new Call
        {
            Id = id,
            Kind = kind,
            Location = new GeoPoint(request.Lon!.Value, request.Lat!.Value),
            Address = request.Address,
            ChiefComplaint = request.ChiefComplaint!.Trim(),
            Priority = request.Priority!.Value,
            CallerPhone = request.CallerPhone,
            // A category stands for its defaults unless the call-taker said otherwise.
            RequiredEquipment = request.RequiredEquipment ?? CallCategories.Find(request.Category)?.Equipment ?? [],
            VehicleType = request.VehicleType ?? (request.RequiredEquipment is null ? CallCategories.Find(request.Category)?.VehicleType : null),
            Category = CallCategories.Find(request.Category)?.Code,
            WheelchairNeeded = request.WheelchairNeeded ?? false,
            DestinationHospitalId = request.DestinationHospitalId,
            TakenBy = user.Username(),
            Timestamps = new CallTimestamps { Received = clock.GetUtcNow() },
        };
        var saved = await calls.TrySaveAsync(call) ?? throw CallRefusal.Conflict("The call id was taken; try again.");
        await PushAsync(saved);
        return saved;
    }

    public async Task<Call> AssignAsync(string callId, string vehicleId)
    {
        var call = await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId);
        var vehicle = vehicles.Find(vehicleId) ?? throw CallRefusal.Invalid($"Vehicle {vehicleId} is not in the region.");
        if (call.Status != CallStatus.Queued)
            throw CallRefusal.Conflict($"Call {callId} is {call.Status}; only a queued call can be assigned.");
        CheckSuitable(call, vehicle);

        // Take the vehicle first: the atomic status change is what stops two dispatchers sending the same vehicle.
        var (taken, fromStatus) = await fleet.TryTakeAsync(vehicleId, callId);
        if (!taken)
            throw CallRefusal.Conflict($"Vehicle {vehicle.CallSign} is {fromStatus} and cannot be dispatched.");

        var now = clock.GetUtcNow();
        var saved = await calls.TrySaveAsync(call with
        {
            Status = CallStatus.Dispatched,
            VehicleId = vehicleId,
            Timestamps = call.Timestamps with { Dispatched = now },
        });
        if (saved is null)
        {
            await fleet.TryMoveAsync(vehicleId, VehicleStatus.Dispatched, fromStatus, "");
            throw CallRefusal.Conflict($"Call {callId} was changed by someone else meanwhile; look again.");
        }
        await statuses.PublishAsync(vehicleId, VehicleStatus.Dispatched, callId);
        await hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(AssignmentEvent, saved);
        await PushAsync(saved);
        return saved;
    }

    /// <summary>A crew reports a milestone of its mission from the vehicle's device.</summary>
    public async Task<Call> ReportMilestoneAsync(string vehicleId, string callId, VehicleStatus milestone)
    {
        if (!VehicleStatusRules.IsCrewReported(milestone))
            throw CallRefusal.Invalid($"A crew cannot report {milestone}.");
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var call = await unfinished.RepairAsync(await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId));
            if (call.VehicleId != vehicleId) throw CallRefusal.Forbidden($"Call {callId} is not assigned to vehicle {vehicleId}.");
            if (call.ReferralId is { } referralId)
                throw CallRefusal.Conflict($"Call {callId} became green-channel referral {referralId}; report the transfer on the referral.");
            var current = await fleet.StatusAsync(vehicleId);
            if (!VehicleStatusRules.CanMove(current, milestone))
                throw CallRefusal.Conflict($"The vehicle is {current}; it cannot go to {milestone} from there.");

            var now = clock.GetUtcNow();
            var t = call.Timestamps;
            var updated = milestone switch
            {
                VehicleStatus.EnRoute => call with { Status = CallStatus.EnRoute, Timestamps = t with { EnRoute = t.EnRoute ?? now } },
                VehicleStatus.OnScene => call with { Status = CallStatus.OnScene, Timestamps = t with { OnScene = t.OnScene ?? now } },
                VehicleStatus.Transporting => call with { Status = CallStatus.Transporting, Timestamps = t with { LeftScene = t.LeftScene ?? now } },
                VehicleStatus.AtHospital => call with { Status = CallStatus.AtHospital, Timestamps = t with { AtHospital = t.AtHospital ?? now } },
                VehicleStatus.Returning => call with { Status = CallStatus.Completed },
                _ => call with { Status = CallStatus.Completed, Timestamps = t with { BackInService = now } },
            };
            var clearsAssignment = milestone is VehicleStatus.Available or VehicleStatus.Returning;
            if (await fleet.TryMoveAsync(vehicleId, current, milestone, clearsAssignment ? "" : null) is not null) continue;
            var saved = await calls.TrySaveAsync(updated);
            if (saved is null)
            {
                await fleet.TryMoveAsync(vehicleId, milestone, current, clearsAssignment ? callId : null);
                continue;
            }
            await statuses.PublishAsync(vehicleId, milestone, clearsAssignment ? null : callId);
            await PushAsync(saved);
            return saved;
        }
        throw CallRefusal.Conflict($"Call {callId} keeps changing; try again.");
    }

    public async Task<Call> CancelAsync(string callId, string? reason, string actor = "")
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 300)
            throw CallRefusal.Invalid("A cancellation needs a reason (at most 300 characters).");
        for (var attempt = 0; attempt < MaxRetries; attempt++)
        {
            var call = await unfinished.RepairAsync(await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId));
            if (!call.IsOpen) throw CallRefusal.Conflict($"Call {callId} is already {call.Status}.");
            if (call.ReferralId is { } referralId)
                throw CallRefusal.Conflict($"Call {callId} became green-channel referral {referralId}; cancel the referral instead.");
            var note = new CallNote(CallActions.Cancel, actor, clock.GetUtcNow(), reason.Trim(), call.VehicleId);
            var saved = await calls.TrySaveAsync(call with { Status = CallStatus.Cancelled, CancelReason = reason.Trim(), Notes = [.. call.Notes, note] });
            if (saved is null) continue;
            if (call.VehicleId is { } vehicleId)
            {
                // Stand the crew down wherever it is on the way; after the patient is aboard, the crew finishes the transport.
                var status = await fleet.StatusAsync(vehicleId);
                if (status is VehicleStatus.Dispatched or VehicleStatus.EnRoute &&
                    await fleet.TryMoveAsync(vehicleId, status, VehicleStatus.Available, "") is null)
                    await statuses.PublishAsync(vehicleId, VehicleStatus.Available, null);
            }
            await PushWithCrewAsync(saved);
            return saved;
        }
        throw CallRefusal.Conflict($"Call {callId} keeps changing; try again.");
    }

    /// <summary>
    /// Sends another vehicle instead of the one on its way (broken down, stuck, a closer one came free): the new
    /// vehicle is taken atomically, the call records who, when and why, and the old vehicle is freed.
    /// </summary>
    public async Task<Call> ReassignAsync(string callId, string vehicleId, string? reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 300)
            throw CallRefusal.Invalid("A reassignment needs a reason (at most 300 characters).");
        var vehicle = vehicles.Find(vehicleId) ?? throw CallRefusal.Invalid($"Vehicle {vehicleId} is not in the region.");
        var call = await unfinished.RepairAsync(await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId));
        if (!CallActions.For(call).Contains(CallActions.Reassign))
            throw CallRefusal.Conflict($"Call {callId} is {call.Status}; a vehicle can be replaced only until it reaches the patient.");
        if (call.VehicleId == vehicleId) throw CallRefusal.Conflict($"Vehicle {vehicle.CallSign} already serves call {callId}.");
        CheckSuitable(call, vehicle);

        var (taken, fromStatus) = await fleet.TryTakeAsync(vehicleId, callId);
        if (!taken) throw CallRefusal.Conflict($"Vehicle {vehicle.CallSign} is {fromStatus} and cannot be dispatched.");
        var now = clock.GetUtcNow();
        var previous = call.VehicleId!;
        var saved = await calls.TrySaveAsync(call with
        {
            Status = CallStatus.Dispatched,
            VehicleId = vehicleId,
            // The departure clock starts again for the vehicle now sent.
            Timestamps = call.Timestamps with { Dispatched = now, EnRoute = null },
            Notes = [.. call.Notes, new CallNote(CallActions.Reassign, actor, now, reason.Trim(), vehicleId, previous)],
        });
        if (saved is null)
        {
            await fleet.TryMoveAsync(vehicleId, VehicleStatus.Dispatched, fromStatus, "");
            throw CallRefusal.Conflict($"Call {callId} was changed by someone else meanwhile; look again.");
        }
        await statuses.PublishAsync(vehicleId, VehicleStatus.Dispatched, callId);
        await FreeAsync(previous, callId);
        await hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(AssignmentEvent, saved);
        // The old crew learns it is stood down: the call no longer names its vehicle.
        await hub.Clients.Group(HubGroups.Vehicle(previous)).SendAsync(CallChangedEvent, saved);
        await PushAsync(saved);
        return saved;
    }

    // Frees a vehicle that no longer serves the call, if it still carries the call's assignment.
    private async Task FreeAsync(string vehicleId, string callId)
    {
        if (await fleet.AssignmentAsync(vehicleId) is { } assignment && assignment != callId) return;
        var status = await fleet.StatusAsync(vehicleId);
        if (status is VehicleStatus.Available or VehicleStatus.OutOfService) return;
        if (await fleet.TryMoveAsync(vehicleId, status, VehicleStatus.Available, "") is null)
            await statuses.PublishAsync(vehicleId, VehicleStatus.Available, null);
    }

    private static void CheckSuitable(Call call, Vehicle vehicle)
    {
        if (call.Kind == CallKind.Transport && vehicle.Kind != VehicleKinds.NonEmergency)
            throw CallRefusal.Conflict("Non-emergency transports are served by the non-emergency fleet; ambulances stay free for emergencies.");
        if (call.Kind == CallKind.Emergency && vehicle.Kind != VehicleKinds.Ambulance)
            throw CallRefusal.Conflict("An emergency call needs an ambulance.");
        var missing = call.RequiredEquipment.Where(e => !vehicle.Equipment.Contains(e)).ToList();
        if (call.WheelchairNeeded && !vehicle.Equipment.Contains("wheelchair")) missing.Add("wheelchair");
        if (missing.Count > 0)
            throw CallRefusal.Conflict($"Vehicle {vehicle.CallSign} lacks {string.Join(", ", missing)}.");
    }

    private Task PushAsync(Call call) => hub.Clients.Group(HubGroups.Dispatchers).SendAsync(CallChangedEvent, call);

    /// <summary>Tells dispatchers and the assigned crew that the call changed (it became a referral, or got its ambulance back).</summary>
    internal async Task PushWithCrewAsync(Call call)
    {
        await PushAsync(call);
        if (call.VehicleId is { } vehicleId)
            await hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(CallChangedEvent, call);
    }

}

public sealed class CallValidationException(Dictionary<string, string[]> errors) : Exception("The call is not valid.")
{
    public Dictionary<string, string[]> Errors { get; } = errors;
}
