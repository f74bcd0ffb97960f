using System.Text.Json;
using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Push;

/// <summary>
/// What a console needs to show a referral in a list; pushed only to the people allowed to see it.
/// Enumerations are camelCase strings here so the hub's JSON needs no extra converters.
/// </summary>
public sealed record ReferralSummary(
    string Id,
    long Version,
    string State,
    string FhirStatus,
    int Priority,
    string Tier,
    int Age,
    string Sex,
    string Condition,
    IReadOnlyList<string> RequiredCapabilities,
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
    IReadOnlyList<string>? PermittedActions = null,
    ReferralTimeline? Timeline = null)
{
    /// <summary>The summary as <paramref name="viewer"/> sees it: with the actions they may take now (camelCase, as the console names them).</summary>
    public static ReferralSummary For(Referral r, Actor viewer, OfferTimeouts timeouts) => Of(r) with
    {
        PermittedActions = new ReferralLifecycle(r.Clone(), timeouts).PermittedActions(viewer).Select(a => Name(a)).ToList(),
    };

    public static ReferralSummary Of(Referral r) => new(
        r.Id, r.Version, Name(r.State), FhirCode(r.State),
        (int)r.Priority, Name(r.Request.Patient.Tier), r.Request.Patient.Age, Name(r.Request.Patient.Sex), r.Request.Patient.Condition,
        r.Request.RequiredCapabilities.Select(c => Name(c)).ToList(), r.FacilityId, r.OfferedHospitalId, r.OfferExpiresAt,
        r.AcceptedHospitalId, r.VehicleId, r.Reason, r.UpdatedAt, r.CallId, r.Origin, r.Timeline.AtPatientAt is not null, r.Number, null, r.Timeline);

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The FHIR code as written on the wire ("in-progress", not "InProgress").</summary>
    private static string FhirCode(ReferralState state) =>
        Hl7.Fhir.Utility.EnumUtility.GetLiteral(FhirTaskStatusMap.For(state)) ?? FhirTaskStatusMap.For(state).ToString();
}

/// <summary>Sent to someone who could see a referral and no longer may (offer moved on, vehicle swapped): the id only.</summary>
public sealed record ReferralWithdrawn(string Id, string Reason);
