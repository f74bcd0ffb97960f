using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// A 120 call becomes a green-channel referral: the crew on scene finds a patient who needs a capable hospital (a
/// chest-pain or stroke centre, an ICU), and the emergency centre asks hospitals from the scene. The call's
/// ambulance carries the transfer, so no second vehicle is sent and the call's timeline carries on in the referral.
/// </summary>
public sealed class CallReferrals(
    CallStore calls, CallService callService, FleetStore fleet, ReferralWorkflow referrals, UnfinishedReferrals unfinished, TimeProvider clock, ILogger<CallReferrals> log)
{
    private const int Attempts = 5;

    public async Task<(Referral Referral, bool Created)> ReferAsync(string callId, SceneReferralRequest? body, Actor actor, string? idempotencyKey, CancellationToken ct)
    {
        if (body is null) throw CallRefusal.Invalid("A referral needs the patient summary, the required capabilities and a priority.");
        var request = body.ToGreenChannelRequest();
        ReferralWorkflow.Validate(request);
        if (await referrals.FindByIdempotencyKeyAsync(actor, idempotencyKey) is { } replay)
        {
            if (replay.CallId != callId)
                throw CallRefusal.Conflict("This Idempotency-Key was already used for another referral; send a new key for a new command.");
            return (replay, false);
        }

        var referralId = Guid.CreateVersion7().ToString("N");
        var call = await ClaimAsync(callId, referralId);
        var vehicleId = call.VehicleId!;
        var mission = ReferralVehicleLink.AssignmentOf(referralId);
        if (!await fleet.TryHandOverAsync(vehicleId, callId, mission))
        {
            await ReleaseAsync(callId, referralId);
            throw CallRefusal.Conflict($"Vehicle {vehicleId} no longer serves call {callId}; look again.");
        }

        var handOver = new SceneHandOver(callId, vehicleId, call.Timestamps.Dispatched ?? call.Timestamps.Received, call.Timestamps.EnRoute, call.Timestamps.OnScene);
        var origin = new ReferralOrigin(call.Location.Lon, call.Location.Lat, call.Address);
        try
        {
            var result = await referrals.CreateFromSceneAsync(actor, referralId, request, origin, handOver, idempotencyKey, ct);
            await callService.PushWithCrewAsync(call);
            return result;
        }
        catch (Exception e)
        {
            // Nothing was stored for the referral: the call keeps its ambulance and stays as it was.
            log.LogWarning(e, "Referral from call {Call} not stored; handing vehicle {Vehicle} back", callId, vehicleId);
            await fleet.TryHandOverAsync(vehicleId, mission, callId);
            await ReleaseAsync(callId, referralId);
            throw;
        }
    }

    // Marking the call first is what stops two dispatchers referring it twice, and stops the crew's milestones on
    // the call from racing the hand-over (they are refused once the call names its referral).
    private async Task<Call> ClaimAsync(string callId, string referralId)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var call = await unfinished.RepairAsync(await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId));
            if (call.Kind != CallKind.Emergency)
                throw CallRefusal.Conflict("A non-emergency transport cannot become a green-channel referral.");
            if (call.ReferralId is { } existing)
                throw CallRefusal.Conflict($"Call {callId} is already green-channel referral {existing}.");
            if (call.VehicleId is null || call.Status is not (CallStatus.Dispatched or CallStatus.EnRoute or CallStatus.OnScene))
                throw CallRefusal.Conflict(
                    $"Call {callId} is {call.Status}; a call becomes a referral while its ambulance is on the way to, or with, the patient.");
            if (await calls.TrySaveAsync(call with { ReferralId = referralId, ReferredAt = clock.GetUtcNow() }) is { } claimed) return claimed;
        }
        throw CallRefusal.Conflict($"Call {callId} keeps changing; try again.");
    }

    private async Task ReleaseAsync(string callId, string referralId)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var call = await calls.FindAsync(callId);
            if (call is null || call.ReferralId != referralId) return;
            if (await calls.TrySaveAsync(call.WithoutReferral()) is not null) return;
        }
    }
}
