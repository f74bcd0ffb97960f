using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Tests.Infrastructure;
using StackExchange.Redis;

namespace Dispatch.Tests.Referrals;

public sealed class OfferTimersFireOnceAndSurviveRestart : RedisFixture
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Test]
    public async Task Unanswered_offer_passes_to_the_next_hospital_exactly_once_even_with_two_pollers()
    {
        var server1 = new ReferralServerInstance(Mux, Short);
        var server2 = new ReferralServerInstance(Mux, Short);
        var referral = await server1.RequestAsync();
        Assert.That(referral.OfferedHospitalId, Is.EqualTo("hosp-a"));

        var fired = 0;
        await Poll.UntilAsync(async () =>
        {
            var counts = await Task.WhenAll(server1.Poller.FireDueAsync(CancellationToken.None), server2.Poller.FireDueAsync(CancellationToken.None));
            fired += counts.Sum();
            return fired > 0;
        }, TimeSpan.FromSeconds(10), "the first offer to time out");

        var stored = (await server1.Store.LoadAsync(referral.Id))!;
        var audit = await server1.Store.ReadAuditAsync(referral.Id);
        Assert.Multiple(() =>
        {
            Assert.That(fired, Is.EqualTo(1));
            Assert.That(stored.OfferedHospitalId, Is.EqualTo("hosp-b"));
            Assert.That(stored.Responses.Single().Outcome, Is.EqualTo(ResponseOutcome.TimedOut));
            Assert.That(audit.Count(e => e.Transition.Action == ReferralAction.OfferTimedOut), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Countdown_survives_a_server_and_redis_restart_and_the_last_timeout_escalates()
    {
        var before = new ReferralServerInstance(Mux, Short);
        var referral = await before.RequestAsync();

        // Redis dies and replays its append-only file; a new server process starts on it.
        await Mux.DisposeAsync();
        await Redis.RestartAsync();
        Mux = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration + ",allowAdmin=true");
        var after = new ReferralServerInstance(Mux, Short);
        var report = await after.Rehydrator.RehydrateAsync();
        Assert.That(report.OpenReferrals, Is.EqualTo(1));

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await after.Poller.StartAsync(cts.Token);
        try
        {
            var escalated = await Poll.UntilAsync(async () =>
            {
                var r = await after.Store.LoadAsync(referral.Id);
                return r?.State == ReferralState.Escalated ? r : null;
            }, TimeSpan.FromSeconds(10), "both offers to time out");

            Assert.Multiple(() =>
            {
                Assert.That(escalated.Responses.Select(r => r.HospitalId), Is.EqualTo(new[] { "hosp-a", "hosp-b" }));
                Assert.That(after.Notifier.Changes.Any(c => c.Summary.State == ReferralState.Escalated && c.Groups.Contains("dispatchers")), Is.True);
            });
        }
        finally
        {
            await after.Poller.StopAsync(CancellationToken.None);
        }
        Assert.That(await after.Timers.CountAsync(), Is.Zero, "no countdown is left once nobody is being asked");
    }

    [Test]
    public async Task A_countdown_lost_between_claim_and_apply_is_restored_on_start()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        var member = ReferralKeys.TimerMember(referral.Id, referral.OfferNumber);
        Assert.That(await server.Timers.ClaimAsync(member), Is.True, "a poller claimed it, then its process died");

        var restarted = new ReferralServerInstance(Mux);
        var report = await restarted.Rehydrator.RehydrateAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(report.TimersRestored, Is.EqualTo(1));
            Assert.That(await Mux.GetDatabase().SortedSetScoreAsync(ReferralKeys.OfferTimers, member),
                Is.EqualTo((double)referral.OfferExpiresAt!.Value.ToUnixTimeMilliseconds()));
        });
    }

    [Test]
    public async Task Answered_offer_leaves_no_countdown_behind()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        await server.Workflow.ExecuteAsync(referral.Id, ReferralSamples.HospitalA, (l, t) => l.Accept(ReferralSamples.HospitalA, t), null, CancellationToken.None);
        Assert.That(await server.Timers.CountAsync(), Is.Zero);
    }
}
