using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Calls.Referring;

/// <summary>
/// What the emergency centre sends to refer the patient of a 120 call: the same clinical summary a township doctor
/// gives, without a requesting facility (the patient is at the call's location, with the call's ambulance).
/// </summary>
public sealed record SceneReferralRequest(
    PatientSummary? Patient,
    IReadOnlyList<Capability>? RequiredCapabilities,
    Priority? Priority,
    IReadOnlyList<AccompanyingStaff>? AccompanyingStaff)
{
    /// <summary>The facility id a referral raised by the 120 emergency centre carries.</summary>
    public const string EmergencyCentre = "120";

    public GreenChannelRequest ToGreenChannelRequest() =>
        new(Patient!, RequiredCapabilities!, Priority ?? (Referrals.Requests.Priority)0, EmergencyCentre, AccompanyingStaff ?? []);
}
