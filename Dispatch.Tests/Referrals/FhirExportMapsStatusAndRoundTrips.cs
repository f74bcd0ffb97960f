using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Dispatch.Tests.Referrals;

public sealed class FhirExportMapsStatusAndRoundTrips
{
    [TestCase(ReferralState.Identified, Hl7.Fhir.Model.Task.TaskStatus.Draft)]
    [TestCase(ReferralState.Requested, Hl7.Fhir.Model.Task.TaskStatus.Requested)]
    [TestCase(ReferralState.Escalated, Hl7.Fhir.Model.Task.TaskStatus.Requested)]
    [TestCase(ReferralState.Offered, Hl7.Fhir.Model.Task.TaskStatus.Received)]
    [TestCase(ReferralState.Accepted, Hl7.Fhir.Model.Task.TaskStatus.Accepted)]
    [TestCase(ReferralState.VehicleAssigned, Hl7.Fhir.Model.Task.TaskStatus.Accepted)]
    [TestCase(ReferralState.EnRouteToPatient, Hl7.Fhir.Model.Task.TaskStatus.InProgress)]
    [TestCase(ReferralState.InTransfer, Hl7.Fhir.Model.Task.TaskStatus.InProgress)]
    [TestCase(ReferralState.ArrivedAtHospital, Hl7.Fhir.Model.Task.TaskStatus.InProgress)]
    [TestCase(ReferralState.HandedOver, Hl7.Fhir.Model.Task.TaskStatus.Completed)]
    [TestCase(ReferralState.Cancelled, Hl7.Fhir.Model.Task.TaskStatus.Cancelled)]
    [TestCase(ReferralState.Failed, Hl7.Fhir.Model.Task.TaskStatus.Failed)]
    public void Exported_task_carries_the_mapped_status_and_parses_back(ReferralState state, Hl7.Fhir.Model.Task.TaskStatus expected)
    {
        var referral = Stage.At(state, Dispatch.Server.Referrals.Requests.Priority.Immediate).Referral;

        var json = ReferralFhirMapper.ToJson(referral);
        var parsed = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.Task>(json);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Status, Is.EqualTo(expected));
            Assert.That(parsed.BusinessStatus!.Coding.Single().Code, Is.EqualTo(state.ToString()));
            Assert.That(parsed.Priority, Is.EqualTo(RequestPriority.Stat));
            Assert.That(parsed.Identifier.Single().Value, Is.EqualTo(referral.Id));
            Assert.That(parsed.Contained.OfType<ServiceRequest>().Single().Priority, Is.EqualTo(RequestPriority.Stat));
        });
    }

    [Test]
    public void Every_state_has_a_mapping()
    {
        Assert.That(() => Enum.GetValues<ReferralState>().Select(FhirTaskStatusMap.For).ToList(), Throws.Nothing);
    }

    [Test]
    public void Vitals_and_capabilities_travel_as_contained_resources()
    {
        var referral = Stage.At(ReferralState.Accepted).Referral;
        var task = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.Task>(ReferralFhirMapper.ToJson(referral));
        var request = task.Contained.OfType<ServiceRequest>().Single();
        var spo2 = task.Contained.OfType<Observation>().Single(o => o.Id == "spo2");

        Assert.Multiple(() =>
        {
            Assert.That(task.Focus!.Reference, Is.EqualTo("#request"));
            Assert.That(task.Owner!.Reference, Is.EqualTo("Organization/hosp-a"));
            Assert.That(request.OrderDetail.Select(c => c.Coding.Single().Code), Is.EquivalentTo(new[] { "Pci", "Icu" }));
            Assert.That(((Quantity)spo2.Value!).Value, Is.EqualTo(91m));
            Assert.That(task.Contained.OfType<Patient>().Single().Gender, Is.EqualTo(AdministrativeGender.Male));
        });
    }
}
