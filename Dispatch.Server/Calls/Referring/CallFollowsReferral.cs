using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Push;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// Keeps a 120 call's EMS timestamps true while a referral raised from it carries the patient: the crew reports on the
/// referral, and the call records left scene, at hospital and completion from it, so shift figures count the mission
/// once. A referral that ends without a hospital gives the call back its patient and ambulance.
/// </summary>
public sealed class CallFollowsReferral(IReferralNotifier inner, CallStore calls, CallService callService, ILogger<CallFollowsReferral> log)
    : IReferralNotifier
{
    private const int Attempts = 5;

    public async Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        await inner.ChangedAsync(before, after, transitions, ct);
        await FollowAsync(after);
    }

    private async Task FollowAsync(Referral after)
    {
        if (after.CallId is not { } callId) return;
        try
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                var call = await calls.FindAsync(callId);
                if (call is null || call.ReferralId != after.Id) return;
                var updated = Mirror(call, after);
                if (updated == call) return;
                if (await calls.TrySaveAsync(updated) is not { } saved) continue;
                await callService.PushWithCrewAsync(saved);
                return;
            }
            log.LogWarning("Call {Call} kept changing; referral {Referral} v{Version} not mirrored", callId, after.Id, after.Version);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The referral change is stored; the call catches up on the referral's next change.
            log.LogWarning(e, "Could not mirror referral {Referral} onto call {Call}", after.Id, callId);
        }
    }

    internal static Call Mirror(Call call, Referral r)
    {
        if (r.State is ReferralState.Cancelled or ReferralState.Failed) return call.WithoutReferral();

        var t = r.Timeline;
        var stamps = call.Timestamps with
        {
            EnRoute = call.Timestamps.EnRoute ?? t.EnRouteAt,
            OnScene = call.Timestamps.OnScene ?? t.AtPatientAt,
            LeftScene = call.Timestamps.LeftScene ?? t.PatientOnBoardAt,
            AtHospital = call.Timestamps.AtHospital ?? t.ArrivedAtDestinationAt,
        };
        var status = r.State switch
        {
            ReferralState.HandedOver => CallStatus.Completed,
            _ when stamps.AtHospital is not null => CallStatus.AtHospital,
            _ when stamps.LeftScene is not null => CallStatus.Transporting,
            _ when stamps.OnScene is not null => CallStatus.OnScene,
            _ when stamps.EnRoute is not null => CallStatus.EnRoute,
            _ => call.Status,
        };
        var updated = call with
        {
            Timestamps = stamps,
            Status = status,
            DestinationHospitalId = r.AcceptedHospitalId ?? call.DestinationHospitalId,
        };
        return updated == call ? call : updated;
    }
}
