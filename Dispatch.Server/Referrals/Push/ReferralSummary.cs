using System.Text.Json;
using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

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
    string? Number,
    IReadOnlyList<string> OfferedHospitalIds,
    ReferralClock Clock,
    VitalsView Vitals,
    IReadOnlyList<AccompanyingStaff> AccompanyingStaff,
    IReadOnlyList<HospitalResponse> Responses,
    IReadOnlyList<HospitalCandidate> Candidates,
    int NextCandidate,
    IReadOnlyList<ExclusionView> Exclusions,
    BedReservation? ReservedBed,
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
        r.AcceptedHospitalId, r.VehicleId, r.Reason, r.UpdatedAt, r.CallId, r.Origin, r.Timeline.AtPatientAt is not null, r.Number,
        r.OfferedHospitalIds,
        new ReferralClock(r.Timeline.RequestedAt ?? r.CreatedAt, r.AcceptanceDueAt, r.Timeline.FirstOfferedAt, r.Timeline.AcceptedAt, r.BudgetEscalatedAt,
            r.ParallelWidth, r.OfferNumber),
        VitalsView.Of(r.Request.Patient.Vitals),
        r.Request.AccompanyingStaff,
        r.Responses,
        r.Candidates,
        r.NextCandidate,
        r.Exclusions.Select(ExclusionView.Of).ToList(),
        r.ReservedBed,
        null,
        r.Timeline);

    internal static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>The FHIR code as written on the wire ("in-progress", not "InProgress").</summary>
    private static string FhirCode(ReferralState state) =>
        Hl7.Fhir.Utility.EnumUtility.GetLiteral(FhirTaskStatusMap.For(state)) ?? FhirTaskStatusMap.For(state).ToString();
}

/// <summary>Sent to someone who could see a referral and no longer may (offer moved on, vehicle swapped): the id only.</summary>
public sealed record ReferralWithdrawn(string Id, string Reason);

/// <summary>The clocks a card counts from: since the request, to the end of the total budget, and the current offer's round.</summary>
public sealed record ReferralClock(
    DateTimeOffset RequestedAt,
    DateTimeOffset? AcceptanceDueAt,
    DateTimeOffset? FirstOfferedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? BudgetEscalatedAt,
    int ParallelWidth,
    int OfferNumber);

/// <summary>Vital signs with consciousness as a camelCase string ("alert", "voice", "pain", "unresponsive").</summary>
public sealed record VitalsView(int? SpO2, int? HeartRate, int? SystolicBp, int? DiastolicBp, int? RespiratoryRate, string? Consciousness)
{
    public static VitalsView Of(Vitals v) => new(v.SpO2, v.HeartRate, v.SystolicBp, v.DiastolicBp, v.RespiratoryRate,
        v.Consciousness is { } c ? ReferralSummary.Name(c) : null);
}

/// <summary>A hospital left out of the ranking or skipped at its offer, with the reason as a camelCase code a console translates.</summary>
public sealed record ExclusionView(string HospitalId, string Name, string Reason, string Detail, IReadOnlyList<string>? Capabilities,
    double? Minutes, double? LimitMinutes, DateTimeOffset? SkippedAt)
{
    public static ExclusionView Of(HospitalExclusion e) =>
        new(e.HospitalId, e.Name, ReferralSummary.Name(e.Reason), e.Detail, e.Capabilities, e.Minutes, e.LimitMinutes, e.SkippedAt);
}
