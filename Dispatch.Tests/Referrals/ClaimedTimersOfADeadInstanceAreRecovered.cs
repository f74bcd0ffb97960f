using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Referrals;

/// <summary>An instance that claimed a countdown and died before applying it does not leave the offer waiting forever.</summary>
public sealed class ClaimedTimersOfADeadInstanceAreRecovered : RedisFixture
{
    [Test]
    public async Task The_sweep_puts_the_countdown_back_and_it_fires_once()
    {
        var dead = new ReferralServerInstance(Mux, TimeSpan.FromMilliseconds(200));
        var survivor = new ReferralServerInstance(Mux, TimeSpan.FromMilliseconds(200));
        var referral = await dead.RequestAsync();
        var member = await Poll.UntilAsync(async () =>
        {
            var due = await dead.Timers.DueAsync(DateTimeOffset.UtcNow, 10);
            return due.FirstOrDefault();
        }, TimeSpan.FromSeconds(10), "the offer countdown to fall due");
        Assert.That(await dead.Timers.ClaimAsync(member), Is.True, "the doomed instance claims it, then dies before applying it");
        Assert.That(await survivor.Poller.FireDueAsync(CancellationToken.None), Is.Zero, "nothing left to fire");

        Assert.That(await survivor.Poller.SweepAsync(), Is.EqualTo(1));
        Assert.That(await survivor.Poller.SweepAsync(), Is.Zero, "a second sweep adds nothing");
        Assert.That(await survivor.Poller.FireDueAsync(CancellationToken.None), Is.EqualTo(1));

        var stored = (await survivor.Store.LoadAsync(referral.Id))!;
        var audit = await survivor.Store.ReadAuditAsync(referral.Id);
        Assert.That(stored.OfferedHospitalId, Is.EqualTo("hosp-b"));
        Assert.That(audit.Count(e => e.Transition.Action == ReferralAction.OfferTimedOut), Is.EqualTo(1));
    }
}
