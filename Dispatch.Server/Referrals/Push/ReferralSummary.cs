using System.Text.Json.Serialization;
using Dispatch.Server.Contract;
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
    string? Number,
    IReadOnlyList<string> OfferedHospitalIds,
    ReferralClock Clock,
    Vitals Vitals,
    IReadOnlyList<AccompanyingStaff> AccompanyingStaff,
    IReadOnlyList<HospitalResponse> Responses,
    IReadOnlyList<HospitalCandidate> Candidates,
    int NextCandidate,
    IReadOnlyList<HospitalExclusion> Exclusions,
    BedReservation? ReservedBed,
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
        r.AcceptedHospitalId, r.VehicleId, r.Reason, r.UpdatedAt, r.CallId, r.Origin, r.Timeline.AtPatientAt is not null, r.Number,
        r.OfferedHospitalIds,
        new ReferralClock(r.Timeline.RequestedAt ?? r.CreatedAt, r.AcceptanceDueAt, r.Timeline.FirstOfferedAt, r.Timeline.AcceptedAt, r.BudgetEscalatedAt,
            r.ParallelWidth, r.OfferNumber),
        r.Request.Patient.Vitals,
        r.Request.AccompanyingStaff,
        r.Responses,
        r.Candidates,
        r.NextCandidate,
        r.Exclusions,
        r.ReservedBed,
        null,
        r.Timeline);

    /// <summary>The FHIR code as written on the wire ("in-progress", not "InProgress").</summary>
    private static string FhirCode(ReferralState state) =>
        Hl7.Fhir.Utility.EnumUtility.GetLiteral(FhirTaskStatusMap.For(state)) ?? FhirTaskStatusMap.For(state).ToString();
}

/// <summary>Sent to someone who could see a referral and no longer may (offer moved on, vehicle swapped): the id and why.</summary>
public sealed record ReferralWithdrawn(string Id, WithdrawalReason Reason);

/// <summary>Why a referral left a viewer's sight.</summary>
[JsonConverter(typeof(WireEnumConverter<WithdrawalReason>))]
public enum WithdrawalReason
{
    /// <summary>Another hospital of the same parallel round accepted first.</summary>
    AcceptedElsewhere,
    Cancelled,
    Failed,
    Escalated,
    /// <summary>The offer moved on to another hospital, or the vehicle was swapped.</summary>
    Reassigned,
}

/// <summary>The clocks a card counts from: since the request, to the end of the total budget, and the current offer's round.</summary>
public sealed record ReferralClock(
    DateTimeOffset RequestedAt,
    DateTimeOffset? AcceptanceDueAt,
    DateTimeOffset? FirstOfferedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? BudgetEscalatedAt,
    int ParallelWidth,
    int OfferNumber);
