using System.Globalization;
using System.Text.Json;
using Dispatch.Server.Records.Cases;
using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using FhirTask = Hl7.Fhir.Model.Task;

namespace Dispatch.Server.Records.Fhir;

/// <summary>
/// A closed referral with its whole history, as a FHIR R4 collection Bundle: the Task as the live export makes it,
/// carrying every state it passed in <c>Task.output</c> (one output per transition, in order) and the full
/// timeline in extensions, and one Provenance per transition saying who did what, in which role, when and why.
/// </summary>
public static class ReferralHistoryFhir
{
    public const string TransitionExtension = "urn:dispatch:fhir:StructureDefinition/referral-transition";
    public const string StatePassedSystem = "urn:dispatch:referral-state-passed";
    public const string ActionSystem = "urn:dispatch:referral-action";
    public const string RoleSystem = "urn:dispatch:role";

    public static Bundle ToBundle(CaseRecord record)
    {
        var referral = JsonSerializer.Deserialize<Referral>(record.Snapshot.ToJsonString(), ReferralJson.Options)
            ?? throw new InvalidDataException($"Case {record.Summary.Id} is not a referral.");
        var task = ReferralFhirMapper.ToTask(referral);
        task.Id = referral.Id;
        var taskRef = $"Task/{referral.Id}";
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = DateTimeOffset.UtcNow };

        foreach (var t in record.Timeline)
        {
            task.Output.Add(new FhirTask.OutputComponent
            {
                Type = new CodeableConcept(StatePassedSystem, t.ToState, t.ToState),
                Value = new FhirDateTime(t.At),
            });
            var ext = new Extension { Url = TransitionExtension };
            ext.Extension.Add(new Extension("key", new FhirString(t.Key)));
            ext.Extension.Add(new Extension("action", new Code(t.Action)));
            ext.Extension.Add(new Extension("from", new Code(t.FromState)));
            ext.Extension.Add(new Extension("to", new Code(t.ToState)));
            ext.Extension.Add(new Extension("at", new FhirDateTime(t.At)));
            ext.Extension.Add(new Extension("actor", new FhirString(t.Actor.Length == 0 ? "unknown" : t.Actor)));
            ext.Extension.Add(new Extension("role", new Code(t.Role.Length == 0 ? "unknown" : t.Role)));
            if (t.Reason is { Length: > 0 } reason) ext.Extension.Add(new Extension("reason", new FhirString(reason)));
            task.Extension.Add(ext);
        }
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:dispatch:task:{referral.Id}", Resource = task });

        var n = 0;
        foreach (var t in record.Timeline)
        {
            n++;
            var provenance = new Provenance
            {
                Id = $"{referral.Id}-{n}",
                Target = [new ResourceReference(taskRef)],
                Recorded = t.At,
                Activity = new CodeableConcept(ActionSystem, t.Action, t.Action),
                Agent =
                [
                    new Provenance.AgentComponent
                    {
                        Who = new ResourceReference { Display = t.Actor.Length == 0 ? "unknown" : t.Actor },
                        Role = [new CodeableConcept(RoleSystem, t.Role.Length == 0 ? "unknown" : t.Role)],
                    },
                ],
                Reason = t.Reason is { Length: > 0 } why ? [new CodeableConcept { Text = why }] : [],
            };
            provenance.Occurred = new FhirDateTime(t.At);
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:dispatch:provenance:{provenance.Id}", Resource = provenance });
        }
        return bundle;
    }

    public static string ToJson(CaseRecord record) => new FhirJsonSerializer().SerializeToString(ToBundle(record));

    internal static string Iso(DateTimeOffset t) => t.ToString("o", CultureInfo.InvariantCulture);
}
