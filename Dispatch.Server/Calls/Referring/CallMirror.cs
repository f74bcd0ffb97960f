using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// Keeps a 120 call's EMS timestamps true while a referral raised from it carries the patient: the crew reports on the
/// referral, and the call records left scene, at hospital and completion from it, so shift figures count the mission
/// once. A referral that ends without a hospital gives the call back its patient and ambulance.
/// </summary>
public static class CallMirror
{
    /// <returns>the call as it must be stored together with the referral's change (the same instance when nothing changes).</returns>
    public static Call Of(Call call, Referral r)
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
