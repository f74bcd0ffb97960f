using Dispatch.Server.Commands;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Fleet;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// A 120 call becomes a green-channel referral: the crew on scene finds a patient who needs a capable hospital (a
/// chest-pain or stroke centre, an ICU), and the emergency centre asks hospitals from the scene. The call's
/// ambulance carries the transfer, so no second vehicle is sent and the call's timeline carries on in the referral.
/// The call's claim, the ambulance's hand-over and the new referral are one atomic write: there is no state in
/// between for a crash to leave behind.
/// </summary>
public sealed class CallReferrals(CallStore calls, FleetStore fleet, ReferralWorkflow referrals, CommandRunner runner,
    CallAnnouncer announcer, VehicleStatusPublisher statuses, TimeProvider clock)
{
    public async Task<(Referral Referral, bool Created)> ReferAsync(string callId, SceneReferralRequest? body, Actor actor, string? idempotencyKey, CancellationToken ct)
    {
        if (body is null) throw CallRefusal.Invalid("missing-body", "A referral needs the patient summary, the required capabilities and a priority.");
        var request = body.ToGreenChannelRequest();
        ReferralWorkflow.Validate(request);

        var outcome = await runner.RunAsync($"Call {callId}", IdempotencyKey.For(idempotencyKey, actor.Name, $"calls/{callId}/referral"), async command =>
        {
            var call = await calls.FindAsync(callId) ?? throw CallRefusal.NotFound(callId);
            if (call.Kind != CallKind.Emergency)
                throw CallRefusal.Conflict("transport-not-referable", "A non-emergency transport cannot become a green-channel referral.");
            if (call.ReferralId is { } existing)
                throw CallRefusal.Conflict("call-referred", $"Call {callId} is already green-channel referral {existing}.");
            if (call.VehicleId is not { } vehicleId || call.Status is not (CallStatus.Dispatched or CallStatus.EnRoute or CallStatus.OnScene))
                throw CallRefusal.Conflict("call-not-referable",
                    $"Call {callId} is {call.Status}; a call becomes a referral while its ambulance is on the way to, or with, the patient.");
            var vehicle = await fleet.StateAsync(vehicleId);
            if (vehicle.Mission != callId)
                throw CallRefusal.Conflict("vehicle-moved-on", $"Vehicle {vehicleId} no longer serves call {callId}; look again.");

            var referralId = Guid.CreateVersion7().ToString("N");
            var handOver = new SceneHandOver(callId, vehicleId, call.Timestamps.Dispatched ?? call.Timestamps.Received, call.Timestamps.EnRoute, call.Timestamps.OnScene);
            var origin = new ReferralOrigin(call.Location.Lon, call.Location.Lat, call.Address);
            var referral = await referrals.StageFromSceneAsync(command, actor, referralId, request, origin, handOver, ct);
            var claimed = CallStore.Stage(command.Commit, call with { ReferralId = referralId, ReferredAt = clock.GetUtcNow() });
            statuses.Stage(command, new VehicleMove(vehicle, vehicle.Status, ReferralMission.Of(referralId), ReferralMission.Watchers(referral)));
            command.Announce(() => announcer.ChangedWithCrewAsync(claimed));
            return referral;
        }, r => r.Id, async priorId =>
        {
            var prior = await referrals.LoadVisibleAsync(priorId, actor);
            return prior.CallId == callId ? prior
                : throw CallRefusal.Conflict("idempotency-key-reused", "This Idempotency-Key was already used for another referral; send a new key for a new command.");
        });
        if (outcome.Replayed) return (outcome.Value, false);
        return (await referrals.AutoMatchAsync(outcome.Value, ct), true);
    }
}
