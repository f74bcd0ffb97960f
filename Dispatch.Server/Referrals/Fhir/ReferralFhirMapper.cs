using System.Globalization;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using FhirTask = Hl7.Fhir.Model.Task;

namespace Dispatch.Server.Referrals.Fhir;

/// <summary>
/// Exports a referral as a FHIR R4 Task whose focus is a contained ServiceRequest, with the patient
/// summary and vitals as contained Patient and Observations, so a hospital information system can
/// take it in one resource.
/// </summary>
public static class ReferralFhirMapper
{
    public const string ReferralSystem = "urn:dispatch:referral";
    /// <summary>The readable number (ZZ20261205-0007), the identifier people quote on the phone.</summary>
    public const string NumberSystem = "urn:dispatch:referral-number";
    public const string StateSystem = "urn:dispatch:referral-state";
    public const string CapabilitySystem = "urn:dispatch:capability";
    private const string Loinc = "http://loinc.org";

    public static string ToJson(Referral referral) => new FhirJsonSerializer().SerializeToString(ToTask(referral));

    public static FhirTask ToTask(Referral r)
    {
        var patient = new Patient
        {
            Id = "patient",
            Gender = r.Request.Patient.Sex switch
            {
                Sex.Female => AdministrativeGender.Female,
                Sex.Male => AdministrativeGender.Male,
                _ => AdministrativeGender.Unknown,
            },
        };
        var observations = Observations(r.Request.Patient, r.Timeline.RequestedAt ?? r.CreatedAt).ToList();
        var priority = FhirTaskStatusMap.PriorityFor(r.Priority);
        var requester = new ResourceReference($"Organization/{r.FacilityId}");
        var hospitalId = r.AcceptedHospitalId ?? r.OfferedHospitalId;
        var owner = hospitalId is null ? null : new ResourceReference($"Organization/{hospitalId}");
        var transfer = new CodeableConcept("http://snomed.info/sct", "107724000", "Patient transfer", "Green-channel transfer");

        var request = new ServiceRequest
        {
            Id = "request",
            Status = r.State switch
            {
                ReferralState.HandedOver => RequestStatus.Completed,
                ReferralState.Cancelled or ReferralState.Failed => RequestStatus.Revoked,
                ReferralState.Identified => RequestStatus.Draft,
                _ => RequestStatus.Active,
            },
            Intent = RequestIntent.Order,
            Priority = priority,
            Code = transfer,
            Subject = new ResourceReference("#patient"),
            Requester = requester,
            AuthoredOn = r.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
            ReasonCode = [new CodeableConcept { Text = r.Request.Patient.Condition }],
            OrderDetail = r.Request.RequiredCapabilities
                .Select(c => new CodeableConcept(CapabilitySystem, c.ToString(), c.ToString()))
                .ToList(),
            SupportingInfo = observations.Select(o => new ResourceReference("#" + o.Id)).ToList(),
            Note = r.Request.AccompanyingStaff
                .Select(s => new Annotation { Text = new Markdown($"Accompanied by {s.Role} {s.Name}") })
                .ToList(),
        };
        if (owner is not null) request.Performer = [owner];

        var task = new FhirTask
        {
            Id = r.Id,
            Meta = new Meta { VersionId = r.Version.ToString(CultureInfo.InvariantCulture) },
            Identifier = r.Number is null
                ? [new Identifier(ReferralSystem, r.Id)]
                : [new Identifier(ReferralSystem, r.Id), new Identifier(NumberSystem, r.Number) { Use = Identifier.IdentifierUse.Official }],
            Status = FhirTaskStatusMap.For(r.State),
            BusinessStatus = BusinessStatus(r),
            Intent = FhirTask.TaskIntent.Order,
            Priority = priority,
            Code = transfer,
            Focus = new ResourceReference("#request"),
            For = new ResourceReference("#patient"),
            AuthoredOn = r.CreatedAt.ToString("o", CultureInfo.InvariantCulture),
            LastModified = r.UpdatedAt.ToString("o", CultureInfo.InvariantCulture),
            Requester = requester,
            Owner = owner,
            ExecutionPeriod = new Period
            {
                Start = r.Timeline.RequestedAt?.ToString("o", CultureInfo.InvariantCulture),
                End = (r.Timeline.TransferOfCareAt ?? r.Timeline.ClosedAt)?.ToString("o", CultureInfo.InvariantCulture),
            },
        };
        if (StatusReason(r) is { } reason) task.StatusReason = new CodeableConcept { Text = reason };
        // Offered to several hospitals at once: FHIR's way of naming every potential performer of one task.
        if (r.OfferedHospitalIds.Count > 1 && r.AcceptedHospitalId is null)
            task.Restriction = new FhirTask.RestrictionComponent
            {
                Recipient = r.OfferedHospitalIds.Select(h => new ResourceReference($"Organization/{h}")).ToList(),
                Period = new Period { End = r.OfferExpiresAt?.ToString("o", CultureInfo.InvariantCulture) },
            };

        task.Contained = [patient, request, .. observations];
        return task;
    }

    /// <summary>
    /// The exact green-channel state, and for parallel offers how the round stands: "OfferedInParallel" while several
    /// hospitals hold the offer, "AcceptedFirstOfParallel" once one of them won and the others' offers were withdrawn.
    /// </summary>
    public static CodeableConcept BusinessStatus(Referral r)
    {
        if (r.State == ReferralState.Offered && r.OfferedHospitalIds.Count > 1)
            return new CodeableConcept(StateSystem, "OfferedInParallel", $"Offered to {r.OfferedHospitalIds.Count} hospitals at once");
        var wonRound = r.AcceptedHospitalId is not null && r.Responses.Any(x => x.Outcome == "withdrawn" && x.OfferNumber == r.OfferNumber);
        if (wonRound && r.State is ReferralState.Accepted or ReferralState.VehicleAssigned or ReferralState.EnRouteToPatient)
            return new CodeableConcept(StateSystem, "AcceptedFirstOfParallel", "Accepted first of a parallel offer; the other offers were withdrawn");
        return new CodeableConcept(StateSystem, r.State.ToString(), r.State.ToString());
    }

    private static string? StatusReason(Referral r) => r.State switch
    {
        ReferralState.Cancelled or ReferralState.Failed or ReferralState.Escalated => r.Reason,
        ReferralState.Declined => r.Responses.LastOrDefault()?.Reason,
        _ => null,
    };

    private static IEnumerable<Observation> Observations(PatientSummary p, DateTimeOffset at)
    {
        var when = new FhirDateTime(at);
        Observation Make(string id, string code, string display, DataType value) => new()
        {
            Id = id,
            Status = ObservationStatus.Final,
            Code = new CodeableConcept(Loinc, code, display, display),
            Subject = new ResourceReference("#patient"),
            Effective = when,
            Value = value,
        };
        Quantity Ucum(decimal v, string unit, string code) => new() { Value = v, Unit = unit, System = "http://unitsofmeasure.org", Code = code };

        yield return Make("age", "30525-0", "Age", Ucum(p.Age, "a", "a"));
        yield return new Observation
        {
            Id = "tier",
            Status = ObservationStatus.Final,
            Code = new CodeableConcept { Text = "Key-population risk tier" },
            Subject = new ResourceReference("#patient"),
            Effective = when,
            Value = new CodeableConcept("urn:dispatch:tier", p.Tier.ToString().ToLowerInvariant(), p.Tier.ToString()),
        };
        var v = p.Vitals;
        if (v.SpO2 is { } spo2) yield return Make("spo2", "59408-5", "Oxygen saturation by pulse oximetry", Ucum(spo2, "%", "%"));
        if (v.HeartRate is { } hr) yield return Make("heart-rate", "8867-4", "Heart rate", Ucum(hr, "/min", "/min"));
        if (v.RespiratoryRate is { } rr) yield return Make("resp-rate", "9279-1", "Respiratory rate", Ucum(rr, "/min", "/min"));
        if (v.SystolicBp is not null || v.DiastolicBp is not null)
        {
            var bp = new Observation
            {
                Id = "bp",
                Status = ObservationStatus.Final,
                Code = new CodeableConcept(Loinc, "85354-9", "Blood pressure panel", "Blood pressure"),
                Subject = new ResourceReference("#patient"),
                Effective = when,
            };
            if (v.SystolicBp is { } s)
                bp.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(Loinc, "8480-6", "Systolic blood pressure"), Value = Ucum(s, "mmHg", "mm[Hg]") });
            if (v.DiastolicBp is { } d)
                bp.Component.Add(new Observation.ComponentComponent { Code = new CodeableConcept(Loinc, "8462-4", "Diastolic blood pressure"), Value = Ucum(d, "mmHg", "mm[Hg]") });
            yield return bp;
        }
        if (v.Consciousness is { } c)
            yield return Make("consciousness", "80288-4", "Level of consciousness", new CodeableConcept("urn:dispatch:avpu", c.ToString().ToLowerInvariant(), c.ToString()));
    }
}
