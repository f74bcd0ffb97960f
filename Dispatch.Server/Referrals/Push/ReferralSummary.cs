using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Push;

/// <summary>What a console needs to show a referral in a list; pushed only to the people allowed to see it.</summary>
public sealed record ReferralSummary(
    string Id,
    long Version,
    ReferralState State,
    string FhirStatus,
    Priority Priority,
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
    DateTimeOffset UpdatedAt)
{
    public static ReferralSummary Of(Referral r) => new(
        r.Id, r.Version, r.State,
        Fhir.FhirTaskStatusMap.For(r.State).ToString().ToLowerInvariant() switch { "inprogress" => "in-progress", var s => s },
        r.Priority, r.Request.Patient.Tier, r.Request.Patient.Age, r.Request.Patient.Sex, r.Request.Patient.Condition,
        r.Request.RequiredCapabilities, r.FacilityId, r.OfferedHospitalId, r.OfferExpiresAt, r.AcceptedHospitalId, r.VehicleId,
        r.Reason, r.UpdatedAt);
}

/// <summary>Sent to someone who could see a referral and no longer may (offer moved on, vehicle swapped): the id only.</summary>
public sealed record ReferralWithdrawn(string Id, string Reason);
