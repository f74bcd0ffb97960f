using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using StackExchange.Redis;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class DoubleClickCreatesOneReferral : RedisFixture
{
    [Test]
    public async Task Same_idempotency_key_sent_twice_at_once_yields_one_referral()
    {
        var server1 = new ReferralServerInstance(Mux);
        var server2 = new ReferralServerInstance(Mux);

        var created = await Task.WhenAll(server1.RequestAsync("click-1"), server2.RequestAsync("click-1"));

        var index = await Mux.GetDatabase().SortedSetLengthAsync(ReferralKeys.Index);
        Assert.Multiple(() =>
        {
            Assert.That(created[0].Id, Is.EqualTo(created[1].Id));
            Assert.That(index, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_new_key_creates_a_new_referral()
    {
        var server = new ReferralServerInstance(Mux);
        var first = await server.RequestAsync("click-1");
        var second = await server.RequestAsync("click-2");
        Assert.That(second.Id, Is.Not.EqualTo(first.Id));
    }

    [Test]
    public async Task A_repeated_command_key_replays_instead_of_failing()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();

        var first = await server.Workflow.ExecuteAsync(referral.Id, HospitalA, (l, t) => l.Accept(HospitalA, t), "accept-1", CancellationToken.None);
        var again = await server.Workflow.ExecuteAsync(referral.Id, HospitalA, (l, t) => l.Accept(HospitalA, t), "accept-1", CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(again.Version, Is.EqualTo(first.Version));
            Assert.That(again.State, Is.EqualTo(ReferralState.Accepted));
        });
    }
}
