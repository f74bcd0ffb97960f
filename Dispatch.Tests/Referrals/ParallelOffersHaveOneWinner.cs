using Dispatch.Server.Commands;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>One patient offered to several hospitals at once: the first acceptance wins, whichever server it reaches, and the others lose the offer.</summary>
public sealed class ParallelOffersHaveOneWinner : RedisFixture
{
    [Test]
    public async Task Two_hospitals_accepting_a_parallel_offer_on_two_servers_leave_exactly_one_winner_and_one_bed_held()
    {
        var server1 = new ReferralServerInstance(Mux);
        var server2 = new ReferralServerInstance(Mux);
        var referral = await server1.RequestAsync();
        var parallel = await server1.Workflow.OfferParallelAsync(referral.Id, Dispatcher, 2, null, CancellationToken.None);
        Assert.That(parallel.OfferedHospitalIds, Is.EquivalentTo(new[] { "hosp-a", "hosp-b" }));
        Assert.That(ReferralFhirMapper.ToTask(parallel).BusinessStatus!.Coding[0].Code, Is.EqualTo("OfferedInParallel"));

        var results = await Task.WhenAll(
            Attempt(() => server1.Workflow.ExecuteAsync(referral.Id, HospitalA, (l, t) => l.Accept(HospitalA, t), null, CancellationToken.None)),
            Attempt(() => server2.Workflow.ExecuteAsync(referral.Id, HospitalB, (l, t) => l.Accept(HospitalB, t), null, CancellationToken.None)));

        var stored = (await server1.Store.LoadAsync(referral.Id))!;
        var loser = stored.AcceptedHospitalId == "hosp-a" ? "hosp-b" : "hosp-a";
        var audit = await server1.Store.ReadAuditAsync(referral.Id);
        var held = await Mux.GetDatabase().HashGetAllAsync(Dispatch.Server.Referrals.Persistence.ReferralKeys.BedsHeld);
        var pushes = server1.Notifier.Changes.Concat(server2.Notifier.Changes).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(results.Count(r => r is null), Is.EqualTo(1), "exactly one acceptance succeeds");
            Assert.That(results.OfType<ReferralException>().Single().Kind, Is.EqualTo(RefusalKind.Conflict));
            Assert.That(audit.Count(e => e.Transition.Action == ReferralAction.Accept), Is.EqualTo(1));
            Assert.That(stored.Responses.Single(r => r.HospitalId == loser).Reason, Is.EqualTo(ReferralReasons.AcceptedElsewhere));
            Assert.That(held.Select(e => (string)e.Value!), Is.EqualTo(new[] { $"{stored.AcceptedHospitalId}|pci|held" }));
            Assert.That(pushes.Any(p => p.Lost.Contains(HubGroups.Hospital(loser))), Is.True, "the loser is told its offer was withdrawn");
            Assert.That(ReferralFhirMapper.ToTask(stored).BusinessStatus!.Coding[0].Code, Is.EqualTo("AcceptedFirstOfParallel"));
        });
    }

    [Test]
    public async Task One_refusal_in_a_parallel_round_leaves_the_others_asked_and_the_last_one_moves_on()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        await server.Workflow.OfferParallelAsync(referral.Id, Dispatcher, 2, null, CancellationToken.None);

        var afterOne = await server.Workflow.ExecuteAsync(referral.Id, HospitalA, (l, t) => l.Decline(HospitalA, t, "noBed"), null, CancellationToken.None);
        Assert.That(afterOne.State, Is.EqualTo(ReferralState.Offered));
        Assert.That(afterOne.OfferedHospitalIds, Is.EqualTo(new[] { "hosp-b" }));

        var afterTwo = await server.Workflow.ExecuteAsync(referral.Id, HospitalB, (l, t) => l.Decline(HospitalB, t, "noSpecialist"), null, CancellationToken.None);
        Assert.That(afterTwo.State, Is.EqualTo(ReferralState.Escalated));
        Assert.That(afterTwo.Responses.Select(r => (r.HospitalId, r.Reason)), Is.EqualTo(new[] { ("hosp-a", "noBed"), ("hosp-b", "noSpecialist") }));
    }

    [Test]
    public void The_policy_can_offer_priority_one_to_several_hospitals_from_the_first_round()
    {
        var referral = NewReferral(Priority.Immediate);
        referral.ParallelWidth = 2;
        var l = new ReferralLifecycle(referral, new OfferTimeouts());
        l.Request(Doctor, T0);
        l.Match(Actor.System, T0, Candidates, []);
        Assert.That(l.Referral.OfferedHospitalIds, Is.EqualTo(new[] { "hosp-a", "hosp-b" }));
    }

    private static async Task<ReferralException?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ReferralException e)
        {
            return e;
        }
    }
}
