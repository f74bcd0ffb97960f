using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>A referral not accepted within its priority's total budget goes to a dispatcher, however many hospitals are left to ask.</summary>
public sealed class AcceptanceBudgetsEscalate : RedisFixture
{
    private static readonly IReadOnlyList<HospitalCandidate> FiveHospitals =
    [
        new("h1", "One", 5), new("h2", "Two", 6), new("h3", "Three", 7), new("h4", "Four", 8), new("h5", "Five", 9),
    ];

    [Test]
    public void The_total_budget_escalates_while_candidates_are_left_and_cuts_the_last_offer_short()
    {
        // Priority 2: five minutes per offer, twenty from the request to an acceptance.
        var l = new ReferralLifecycle(NewReferral(Priority.VeryUrgent), new OfferTimeouts(), new TotalBudgets());
        l.Request(Doctor, T0);
        l.Match(Dispatcher, T0.AddSeconds(5), FiveHospitals, []);
        for (var offer = 1; offer <= 3; offer++)
            l.TimeOutOffer(Actor.System, l.Referral.OfferExpiresAt!.Value, offer);

        var due = T0.AddMinutes(20);
        Assert.That(l.Referral.OfferExpiresAt, Is.EqualTo(due), "the fourth offer ends with the budget, not five minutes later");
        l.TimeOutOffer(Actor.System, due, 4);

        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Escalated));
            Assert.That(l.Referral.Reason, Is.EqualTo(ReferralReasons.BudgetExceeded));
            Assert.That(l.Referral.BudgetEscalatedAt, Is.EqualTo(due));
            Assert.That(l.Referral.NextCandidate, Is.LessThan(FiveHospitals.Count), "a candidate was still left");
            Assert.That(l.Transitions[^1].Action, Is.EqualTo(ReferralAction.Escalate));
        });
    }

    [Test]
    public void After_the_budget_escalation_a_refusal_moves_on_instead_of_escalating_again()
    {
        var l = new ReferralLifecycle(NewReferral(Priority.Immediate), new OfferTimeouts(), new TotalBudgets());
        l.Request(Doctor, T0);
        l.Match(Dispatcher, T0, FiveHospitals, []);
        l.Decline(Actor.Hospital("h1.desk", "h1"), T0.AddMinutes(11), "noBed");
        Assert.That(l.State, Is.EqualTo(ReferralState.Escalated), "past ten minutes, priority 1 goes to a dispatcher");

        l.Offer(Dispatcher, T0.AddMinutes(12), FiveHospitals[1]);
        Assert.That(l.Referral.OfferExpiresAt, Is.EqualTo(T0.AddMinutes(15)), "the budget is spent, so the dispatcher's offer gets a full three minutes");
        l.Decline(Actor.Hospital("h2.desk", "h2"), T0.AddMinutes(13), "noBed");
        Assert.Multiple(() =>
        {
            Assert.That(l.State, Is.EqualTo(ReferralState.Offered));
            Assert.That(l.Referral.OfferedHospitalId, Is.EqualTo("h3"), "the hospital that just refused is not asked again");
        });
    }

    [Test]
    public void A_ranking_made_after_the_budget_ran_out_escalates_instead_of_offering()
    {
        var l = new ReferralLifecycle(NewReferral(Priority.Immediate), new OfferTimeouts(), new TotalBudgets());
        l.Request(Doctor, T0);
        l.Match(Actor.System, T0.AddMinutes(10), FiveHospitals, []);
        Assert.That(l.State, Is.EqualTo(ReferralState.Escalated));
        Assert.That(l.Referral.Reason, Is.EqualTo(ReferralReasons.BudgetExceeded));
    }

    [Test]
    public async Task The_offer_timers_escalate_a_referral_at_its_budget_with_a_hospital_still_unasked()
    {
        // Five minutes per offer but three seconds in all: only the budget can end the first offer this soon.
        var server = new ReferralServerInstance(Mux, offerTimeout: TimeSpan.FromMinutes(5), totalBudget: TimeSpan.FromSeconds(3));
        var referral = await server.RequestAsync();
        Assert.That(referral.OfferedHospitalId, Is.EqualTo("hosp-a"));
        Assert.That(referral.OfferExpiresAt, Is.EqualTo(referral.AcceptanceDueAt), "the first offer ends with the budget");

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await server.Poller.StartAsync(stop.Token);
        var escalated = await Poll.UntilAsync(async () =>
            await server.Store.LoadAsync(referral.Id) is { State: ReferralState.Escalated } r ? r : null, TimeSpan.FromSeconds(10), "the budget escalation");
        await server.Poller.StopAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(escalated.Reason, Is.EqualTo(ReferralReasons.BudgetExceeded));
            Assert.That(escalated.Candidates.Skip(escalated.NextCandidate).Select(c => c.HospitalId), Does.Contain("hosp-b"));
            Assert.That(escalated.Responses.Select(r => (r.HospitalId, r.Outcome)), Is.EqualTo(new[] { ("hosp-a", "timed-out") }));
        });
    }
}
