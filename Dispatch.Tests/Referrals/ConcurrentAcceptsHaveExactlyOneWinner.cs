using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class ConcurrentAcceptsHaveExactlyOneWinner : RedisFixture
{
    [Test]
    public async Task Two_servers_accepting_at_once_store_one_acceptance_and_tell_the_other_why()
    {
        var server1 = new ReferralServerInstance(Mux);
        var server2 = new ReferralServerInstance(Mux); // separate process-local locks: only Redis arbitrates
        var referral = await server1.RequestAsync();
        Assert.That(referral.OfferedHospitalId, Is.EqualTo("hosp-a"));

        var deskA1 = Actor.Hospital("a.desk1", "hosp-a");
        var deskA2 = Actor.Hospital("a.desk2", "hosp-a");
        var results = await Task.WhenAll(
            Attempt(() => server1.Workflow.ExecuteAsync(referral.Id, deskA1, (l, t) => l.Accept(deskA1, t), null, CancellationToken.None)),
            Attempt(() => server2.Workflow.ExecuteAsync(referral.Id, deskA2, (l, t) => l.Accept(deskA2, t), null, CancellationToken.None)));

        Assert.That(results.Count(r => r is null), Is.EqualTo(1), "exactly one accept succeeds");
        var refusal = results.OfType<ReferralException>().Single();
        var audit = await server1.Store.ReadAuditAsync(referral.Id);
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Kind, Is.EqualTo(RefusalKind.Conflict));
            Assert.That(refusal.Message, Does.Contain("Accepted"));
            Assert.That(audit.Count(e => e.Transition.Action == ReferralAction.Accept), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_save_against_a_stale_version_is_rejected_and_changes_nothing()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        var stale = (await server.Store.LoadAsync(referral.Id))!;
        var fresh = (await server.Store.LoadAsync(referral.Id))!;

        var first = new ReferralLifecycle(fresh, server.Options.Value.OfferTimeouts);
        first.Accept(HospitalA, T0);
        fresh.Version++;
        var second = new ReferralLifecycle(stale, server.Options.Value.OfferTimeouts);
        second.Decline(HospitalA, T0, "full");
        stale.Version++;

        var won = await server.Store.SaveAsync(fresh, fresh.Version - 1, null, first.Transitions);
        var lost = await server.Store.SaveAsync(stale, stale.Version - 1, null, second.Transitions);

        var stored = (await server.Store.LoadAsync(referral.Id))!;
        Assert.Multiple(() =>
        {
            Assert.That(won.Status, Is.EqualTo(SaveStatus.Saved));
            Assert.That(lost.Status, Is.EqualTo(SaveStatus.VersionConflict));
            Assert.That(stored.State, Is.EqualTo(ReferralState.Accepted));
            Assert.That(stored.Version, Is.EqualTo(fresh.Version));
        });
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
