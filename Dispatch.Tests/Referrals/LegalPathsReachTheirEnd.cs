using Dispatch.Server.Referrals.Lifecycle;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class LegalPathsReachTheirEnd
{
    [Test]
    public void Straight_path_hands_the_patient_over_and_stamps_every_milestone()
    {
        var l = Offered();
        Assert.That(l.State, Is.EqualTo(ReferralState.Offered));
        Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-a"));

        l.Accept(HospitalA, T0.AddMinutes(2));
        l.AssignVehicle(Dispatcher, T0.AddMinutes(3), "amb-12");
        l.ReportEnRoute(Crew, T0.AddMinutes(4));
        l.ReportOnScene(Crew, T0.AddMinutes(15));
        l.ReportOnBoard(Crew, T0.AddMinutes(25));
        l.ReportArrived(Crew, T0.AddMinutes(45));
        l.ConfirmHandOver(HospitalA, T0.AddMinutes(50));

        Assert.That(l.State, Is.EqualTo(ReferralState.HandedOver));
        var t = l.Referral.Timeline;
        Assert.Multiple(() =>
        {
            Assert.That(l.Referral.AcceptedHospitalId, Is.EqualTo("hosp-a"));
            Assert.That(t.RequestToAcceptance, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(t.AcceptanceToVehicleAtPatient, Is.EqualTo(TimeSpan.FromMinutes(13)));
            Assert.That(t.TotalTransfer, Is.EqualTo(TimeSpan.FromMinutes(50)));
            Assert.That(l.Transitions.Select(x => x.To), Is.EqualTo(new[]
            {
                ReferralState.Requested, ReferralState.Matching, ReferralState.Offered, ReferralState.Accepted,
                ReferralState.VehicleAssigned, ReferralState.EnRouteToPatient, ReferralState.EnRouteToPatient,
                ReferralState.InTransfer, ReferralState.ArrivedAtHospital, ReferralState.HandedOver,
            }));
        });
    }

    [Test]
    public void Decline_passes_the_offer_to_the_next_candidate_with_the_reason_kept()
    {
        var l = Offered();
        l.Decline(HospitalA, T0.AddMinutes(1), "Cath lab busy");

        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Offered));
            Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-b"));
            Assert.That(l.Referral.OfferNumber, Is.EqualTo(2));
            Assert.That(l.Referral.Responses.Single().HospitalId, Is.EqualTo("hosp-a"));
            Assert.That(l.Referral.Responses.Single().Reason, Is.EqualTo("Cath lab busy"));
            Assert.That(l.Transitions.Select(x => x.To).TakeLast(2), Is.EqualTo(new[] { ReferralState.Declined, ReferralState.Offered }));
        });
    }

    [Test]
    public void Offer_timeout_moves_on_and_the_last_timeout_escalates()
    {
        var l = Offered();
        l.TimeOutOffer(Actor.System, T0.AddMinutes(6), offerNumber: 1);
        Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-b"));

        // Still inside the 20-minute total budget of priority 2, so it is the empty candidate list that escalates.
        l.TimeOutOffer(Actor.System, T0.AddMinutes(12), offerNumber: 2);

        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Escalated));
            Assert.That(l.Referral.OfferedHospitalId, Is.Null);
            Assert.That(l.Referral.Reason, Is.EqualTo("noCandidateLeft"), "a code the console words in its language");
            Assert.That(l.Referral.Responses.Select(r => r.Outcome), Is.All.EqualTo("timed-out"));
        });
    }

    [Test]
    public void A_stale_timer_cannot_time_out_a_newer_offer()
    {
        var l = Offered();
        l.Decline(HospitalA, T0.AddMinutes(1), "Full");

        var ex = Assert.Throws<ReferralException>(() => l.TimeOutOffer(Actor.System, T0.AddMinutes(5), offerNumber: 1));
        Assert.That(ex!.Code, Is.EqualTo("stale-timer"));
        Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-b"));
    }

    [Test]
    public void No_candidate_escalates_and_a_dispatcher_override_recovers()
    {
        var l = new ReferralLifecycle(NewReferral(), new OfferTimeouts());
        l.Request(Doctor, T0);
        l.Match(Dispatcher, T0, [], [new HospitalExclusion("hosp-a", "A", ExclusionReason.NoBeds, "full")]);
        Assert.That(l.State, Is.EqualTo(ReferralState.Escalated));
        Assert.That(l.Referral.Exclusions.Single().Reason, Is.EqualTo(ExclusionReason.NoBeds));

        l.Offer(Dispatcher, T0.AddMinutes(1), new HospitalCandidate("hosp-c", "C", 50));
        l.Accept(HospitalC, T0.AddMinutes(2));

        Assert.That(l.State, Is.EqualTo(ReferralState.Accepted));
        Assert.That(l.Referral.AcceptedHospitalId, Is.EqualTo("hosp-c"));
    }

    [Test]
    public void Escalated_referral_can_be_matched_again()
    {
        var l = Offered();
        l.Escalate(Dispatcher, T0.AddMinutes(1), "Family asks for city hospital");
        Assert.That(l.State, Is.EqualTo(ReferralState.Escalated));
        Assert.That(l.Referral.OfferedHospitalId, Is.Null);

        l.Match(Dispatcher, T0.AddMinutes(2), [new HospitalCandidate("hosp-b", "B", 35)], []);
        Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-b"));
    }

    [Test]
    public void Override_while_offered_moves_the_offer_to_the_chosen_hospital()
    {
        var l = Offered();
        l.Offer(Dispatcher, T0.AddMinutes(1), new HospitalCandidate("hosp-c", "C", 40));
        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Offered));
            Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("hosp-c"));
            Assert.That(l.Referral.OfferNumber, Is.EqualTo(2));
        });
    }

    [Test]
    public void Doctor_cancels_with_a_reason_and_the_offer_ends()
    {
        var l = Offered();
        l.Cancel(Doctor, T0.AddMinutes(1), "Patient stabilised, treated locally");
        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Cancelled));
            Assert.That(l.Referral.Reason, Is.EqualTo("Patient stabilised, treated locally"));
            Assert.That(l.Referral.OfferedHospitalId, Is.Null);
            Assert.That(l.Referral.OfferExpiresAt, Is.Null);
            Assert.That(l.Referral.Timeline.ClosedAt, Is.EqualTo(T0.AddMinutes(1)));
        });
    }

    [Test]
    public void Dispatcher_marks_a_transfer_failed_during_transport()
    {
        var l = Offered();
        l.Accept(HospitalA, T0);
        l.AssignVehicle(Dispatcher, T0, "amb-12");
        l.ReportEnRoute(Crew, T0);
        l.ReportOnBoard(Crew, T0);
        l.Fail(Dispatcher, T0.AddMinutes(9), "Vehicle breakdown, patient moved to another unit");
        Assert.That(l.State, Is.EqualTo(ReferralState.Failed));
    }

    [Test]
    public void Offer_countdown_follows_the_priority()
    {
        var l = Offered(Dispatch.Server.Referrals.Requests.Priority.Immediate);
        Assert.That(l.Referral.OfferExpiresAt, Is.EqualTo(T0.AddSeconds(5) + TimeSpan.FromMinutes(3)));
    }
}
