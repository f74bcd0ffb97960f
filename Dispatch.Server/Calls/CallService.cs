using System.Security.Claims;
using Dispatch.Server.Accounts;
using Dispatch.Server.Commands;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Calls;

/// <summary>
/// Runs a call from intake to the vehicle back in service. Each command goes through the command runner: the call and
/// its vehicle are decided together and stored in one atomic write, then pushed to dispatchers and to the assigned
/// vehicle only. A crew's milestone is accepted only for the mission its vehicle serves now.
/// </summary>
public sealed class CallService(
    CallStore calls,
    FleetStore fleet,
    VehicleRegistry vehicles,
    FacilityRegistry facilities,
    Region region,
    CommandRunner runner,
    CallAnnouncer announcer,
    VehicleStatusPublisher statuses,
    TimeProvider clock,
    Numbering.CaseNumbers numbers,
    Coverage.Assignment.CoverageGapCheck coverageGaps)
{
    public const string CallChangedEvent = CallAnnouncer.CallChangedEvent;
    public const string AssignmentEvent = CallAnnouncer.AssignmentEvent;

    public async Task<CommandOutcome<Call>> CreateAsync(NewCall request, ClaimsPrincipal user, string? idempotencyKey)
    {
        var errors = NewCallValidation.Check(request, region, facilities);
        if (errors.Count > 0) throw new CallValidationException(errors);
        var kind = request.Kind ?? CallKind.Emergency;
        if (user.Role() == Roles.Doctor && kind != CallKind.Transport)
            throw CallRefusal.Forbidden("emergency-by-doctor", "Doctors request non-emergency transports here; a critical patient goes through a green-channel referral.");

        return await runner.RunAsync("The call", IdempotencyKey.For(idempotencyKey, user.Username(), "calls/create"), async command =>
        {
            var call = new Call
            {
                Id = await calls.NextIdAsync(kind, numbers),
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
            var saved = CallStore.Stage(command.Commit, call);
            command.Announce(() => announcer.ChangedAsync(saved));
            return saved;
        }, c => c.Id, ExistingAsync);
    }

    /// <param name="confirmCoverageGap">the township the dispatcher agreed to leave without an ambulance (see <see cref="Coverage.Assignment.CoverageGapCheck"/>).</param>
    public async Task<CommandOutcome<Call>> AssignAsync(string callId, string vehicleId, string? user = null, string? idempotencyKey = null, string? confirmCoverageGap = null)
    {
        var vehicle = vehicles.Find(vehicleId) ?? throw CallRefusal.Invalid("unknown-vehicle", $"Vehicle {vehicleId} is not in the region.");
        return await runner.RunAsync($"Call {callId}", IdempotencyKey.For(idempotencyKey, user ?? "", $"calls/{callId}/assign"), async command =>
        {
            var call = await ExistingAsync(callId);
            if (call.Status != CallStatus.Queued)
                throw CallRefusal.Conflict("call-not-queued", $"Call {callId} is {call.Status}; only a queued call can be assigned.");
            CheckSuitable(call, vehicle);
            var state = await fleet.StateAsync(vehicleId);
            if (!state.IsFree)
                throw CallRefusal.Conflict("vehicle-busy", $"Vehicle {vehicle.CallSign} is {state.Status} and cannot be dispatched.");
            coverageGaps.Demand(vehicleId, ToRouting(call.Location), confirmCoverageGap);

            var saved = CallStore.Stage(command.Commit, call with
            {
                Status = CallStatus.Dispatched,
                VehicleId = vehicleId,
                Timestamps = call.Timestamps with { Dispatched = clock.GetUtcNow() },
            });
            statuses.Stage(command, new VehicleMove(state, VehicleStatus.Dispatched, callId));
            command.Announce(() => announcer.AssignedAsync(saved));
            command.Announce(() => announcer.ChangedAsync(saved));
            return saved;
        }, c => c.Id, ExistingAsync);
    }

    /// <summary>
    /// A crew reports a milestone of its mission from the vehicle's device. Refused, changing nothing, unless the call
    /// is the mission the vehicle serves now and the vehicle's status may move to the milestone.
    /// </summary>
    public async Task<Call> ReportMilestoneAsync(string vehicleId, string callId, VehicleStatus milestone)
    {
        if (!VehicleStatusRules.IsCrewReported(milestone))
            throw CallRefusal.Invalid("not-a-milestone", $"A crew cannot report {milestone}.");
        var outcome = await runner.RunAsync($"Call {callId}", null, async command =>
        {
            var call = await ExistingAsync(callId);
            if (call.VehicleId != vehicleId) throw CallRefusal.Forbidden("not-assigned", $"Call {callId} is not assigned to vehicle {vehicleId}.");
            if (call.ReferralId is { } referralId)
                throw CallRefusal.Conflict("call-referred", $"Call {callId} became green-channel referral {referralId}; report the transfer on the referral.");
            var state = await fleet.StateAsync(vehicleId);
            if (!call.IsOpen || state.Mission != callId)
                throw CallRefusal.Conflict("not-current-mission",
                    $"Call {callId} is {call.Status} and not the current mission of vehicle {vehicleId}; the report is refused and changes nothing.");

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
            var endsMission = milestone is VehicleStatus.Available or VehicleStatus.Returning;
            statuses.Stage(command, new VehicleMove(state, milestone, endsMission ? null : callId));
            var saved = CallStore.Stage(command.Commit, updated);
            command.Announce(() => announcer.ChangedAsync(saved));
            return saved;
        });
        return outcome.Value;
    }

    public async Task<CommandOutcome<Call>> CancelAsync(string callId, string? reason, string? user = null, string? idempotencyKey = null)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 300)
            throw CallRefusal.Invalid("missing-reason", "A cancellation needs a reason (at most 300 characters).");
        return await runner.RunAsync($"Call {callId}", IdempotencyKey.For(idempotencyKey, user ?? "", $"calls/{callId}/cancel"), async command =>
        {
            var call = await ExistingAsync(callId);
            if (!call.IsOpen) throw CallRefusal.Conflict("call-closed", $"Call {callId} is already {call.Status}.");
            if (call.ReferralId is { } referralId)
                throw CallRefusal.Conflict("call-referred", $"Call {callId} became green-channel referral {referralId}; cancel the referral instead.");
            if (call.Status is CallStatus.Transporting or CallStatus.AtHospital)
                throw CallRefusal.Conflict("patient-aboard", $"Call {callId} is {call.Status}: the patient is aboard, and the crew completes the mission.");
            if (call.VehicleId is { } vehicleId && await fleet.StateAsync(vehicleId) is { } state && state.Mission == callId)
            {
                // Stand the crew down wherever it is on the way to the patient.
                statuses.Stage(command, new VehicleMove(state, VehicleStatusRules.StandDown(state.Status), null));
            }
            var note = new CallNote(CallActions.Cancel, user ?? "", clock.GetUtcNow(), reason.Trim(), call.VehicleId);
            var saved = CallStore.Stage(command.Commit, call with { Status = CallStatus.Cancelled, CancelReason = reason.Trim(), Notes = [.. call.Notes, note] });
            command.Announce(() => announcer.ChangedWithCrewAsync(saved));
            return saved;
        }, c => c.Id, ExistingAsync);
    }

    /// <summary>
    /// Sends another vehicle instead of the one on its way (broken down, stuck, a closer one came free): in one atomic
    /// write the new vehicle is taken, the old one is stood down if it still serves the call, and the call records who,
    /// when and why.
    /// </summary>
    public async Task<CommandOutcome<Call>> ReassignAsync(string callId, string vehicleId, string? reason, string user, string? idempotencyKey = null, string? confirmCoverageGap = null)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 300)
            throw CallRefusal.Invalid("missing-reason", "A reassignment needs a reason (at most 300 characters).");
        var vehicle = vehicles.Find(vehicleId) ?? throw CallRefusal.Invalid("unknown-vehicle", $"Vehicle {vehicleId} is not in the region.");
        return await runner.RunAsync($"Call {callId}", IdempotencyKey.For(idempotencyKey, user, $"calls/{callId}/reassign"), async command =>
        {
            var call = await ExistingAsync(callId);
            if (!CallActions.For(call).Contains(CallAction.Reassign))
                throw CallRefusal.Conflict("call-not-reassignable", $"Call {callId} is {call.Status}; a vehicle can be replaced only until it reaches the patient.");
            if (call.VehicleId == vehicleId)
                throw CallRefusal.Conflict("vehicle-already-assigned", $"Vehicle {vehicle.CallSign} already serves call {callId}.");
            CheckSuitable(call, vehicle);
            var state = await fleet.StateAsync(vehicleId);
            if (!state.IsFree)
                throw CallRefusal.Conflict("vehicle-busy", $"Vehicle {vehicle.CallSign} is {state.Status} and cannot be dispatched.");
            coverageGaps.Demand(vehicleId, ToRouting(call.Location), confirmCoverageGap);

            var previous = call.VehicleId!;
            if (await fleet.StateAsync(previous) is { } old && old.Mission == callId)
                statuses.Stage(command, new VehicleMove(old, VehicleStatusRules.StandDown(old.Status), null));
            statuses.Stage(command, new VehicleMove(state, VehicleStatus.Dispatched, callId));
            var now = clock.GetUtcNow();
            var saved = CallStore.Stage(command.Commit, call with
            {
                Status = CallStatus.Dispatched,
                VehicleId = vehicleId,
                // The departure clock starts again for the vehicle now sent.
                Timestamps = call.Timestamps with { Dispatched = now, EnRoute = null },
                Notes = [.. call.Notes, new CallNote(CallActions.Reassign, user, now, reason.Trim(), vehicleId, previous)],
            });
            command.Announce(() => announcer.AssignedAsync(saved));
            // The old crew learns it is stood down: the call no longer names its vehicle.
            command.Announce(() => announcer.ToVehicleAsync(previous, saved));
            command.Announce(() => announcer.ChangedAsync(saved));
            return saved;
        }, c => c.Id, ExistingAsync);
    }

    private static Dispatch.Routing.GeoPoint ToRouting(GeoPoint p) => new(p.Lon, p.Lat);

    private async Task<Call> ExistingAsync(string callId) => await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId);

    private static void CheckSuitable(Call call, Vehicle vehicle)
    {
        if (call.Kind == CallKind.Transport && vehicle.Kind != VehicleKinds.NonEmergency)
            throw CallRefusal.Conflict("ambulance-for-transport", "Non-emergency transports are served by the non-emergency fleet; ambulances stay free for emergencies.");
        if (call.Kind == CallKind.Emergency && vehicle.Kind != VehicleKinds.Ambulance)
            throw CallRefusal.Conflict("emergency-needs-ambulance", "An emergency call needs an ambulance.");
        var missing = call.RequiredEquipment.Where(e => !vehicle.Equipment.Contains(e)).ToList();
        if (call.WheelchairNeeded && !vehicle.Equipment.Contains("wheelchair")) missing.Add("wheelchair");
        if (missing.Count > 0)
            throw CallRefusal.Conflict("equipment-missing", $"Vehicle {vehicle.CallSign} lacks {string.Join(", ", missing)}.");
    }
}
