using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Push;

/// <summary>
/// What a console needs to show a referral in a list; pushed only to the people allowed to see it.
/// Its enumerations carry their own camelCase converters, so every hub protocol and client reads the same names.
/// </summary>
public sealed record ReferralSummary(
    string Id,
    long Version,
    ReferralState State,
    string FhirStatus,
    int Priority,
    Tier Tier,
    int Age,
    Sex Sex,
    string Condition,
    IReadOnlyList<Capability> RequiredCapabilities,
    string FacilityId,
    string? OfferedHospitalId,
    DateTimeOffset? OfferExpiresAt,
    string? AcceptedHospitalId,
    string? VehicleId,
    string? Reason,
    DateTimeOffset UpdatedAt,
    string? CallId,
    ReferralOrigin? Origin,
    bool VehicleAtPatient,
    string? Number = null,
    IReadOnlyList<ReferralAction>? PermittedActions = null,
    ReferralTimeline? Timeline = null)
{
    /// <summary>The summary as <paramref name="viewer"/> sees it: with the actions they may take now.</summary>
    public static ReferralSummary For(Referral r, Actor viewer, OfferTimeouts timeouts) => Of(r) with
    {
        PermittedActions = new ReferralLifecycle(r.Clone(), timeouts).PermittedActions(viewer),
    };

    public static ReferralSummary Of(Referral r) => new(
        r.Id, r.Version, r.State, FhirCode(r.State),
        (int)r.Priority, r.Request.Patient.Tier, r.Request.Patient.Age, r.Request.Patient.Sex, r.Request.Patient.Condition,
        r.Request.RequiredCapabilities, r.FacilityId, r.OfferedHospitalId, r.OfferExpiresAt,
        r.AcceptedHospitalId, r.VehicleId, r.Reason, r.UpdatedAt, r.CallId, r.Origin, r.Timeline.AtPatientAt is not null, r.Number, null, r.Timeline);

    /// <summary>The FHIR code as written on the wire ("in-progress", not "InProgress").</summary>
    private static string FhirCode(ReferralState state) =>
        Hl7.Fhir.Utility.EnumUtility.GetLiteral(FhirTaskStatusMap.For(state)) ?? FhirTaskStatusMap.For(state).ToString();
}

/// <summary>Sent to someone who could see a referral and no longer may (offer moved on, vehicle swapped): the id only.</summary>
public sealed record ReferralWithdrawn(string Id, string Reason);
