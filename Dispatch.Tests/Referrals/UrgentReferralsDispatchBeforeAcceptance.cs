using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class UrgentReferralsDispatchBeforeAcceptance
{
    [Test]
    public void Priority_one_gets_a_vehicle_while_the_hospital_is_still_asked()
    {
        var l = Offered(Priority.Immediate);
        l.AssignVehicle(Dispatcher, T0.AddMinutes(1), "amb-12");

        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Offered));
            Assert.That(l.Referral.VehicleId, Is.EqualTo("amb-12"));
            Assert.That(l.Referral.Timeline.UnitNotifiedAt, Is.EqualTo(T0.AddMinutes(1)));
        });

        l.Accept(HospitalA, T0.AddMinutes(2));
        Assert.That(l.State, Is.EqualTo(ReferralState.VehicleAssigned));
    }

    [Test]
    public void An_early_vehicle_already_driving_lands_en_route_on_acceptance()
    {
        var l = Offered(Priority.Immediate);
        l.AssignVehicle(Dispatcher, T0, "amb-12");
        l.ReportEnRoute(Crew, T0.AddMinutes(1));
        l.Decline(HospitalA, T0.AddMinutes(2), "no PCI team tonight");
        l.Accept(HospitalB, T0.AddMinutes(3));

        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.EnRouteToPatient));
            Assert.That(l.Referral.VehicleId, Is.EqualTo("amb-12"));
            Assert.That(l.Referral.Timeline.EnRouteAt, Is.EqualTo(T0.AddMinutes(1)));
        });
    }

    [Test]
    public void Early_vehicle_cannot_load_the_patient_without_a_destination()
    {
        var l = Offered(Priority.Immediate);
        l.AssignVehicle(Dispatcher, T0, "amb-12");
        l.ReportEnRoute(Crew, T0);
        var ex = Assert.Throws<ReferralException>(() => l.ReportOnBoard(Crew, T0));
        Assert.That(ex!.Kind, Is.EqualTo(RefusalKind.Conflict));
    }

    [TestCase(Priority.VeryUrgent)]
    [TestCase(Priority.Urgent)]
    [TestCase(Priority.Standard)]
    public void Less_urgent_referrals_wait_for_acceptance(Priority priority)
    {
        var l = Offered(priority);
        var ex = Assert.Throws<ReferralException>(() => l.AssignVehicle(Dispatcher, T0, "amb-12"));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Kind, Is.EqualTo(RefusalKind.Conflict));
            Assert.That(ex.Message, Does.Contain("priority 1"));
            Assert.That(l.Referral.VehicleId, Is.Null);
        });
    }
}
