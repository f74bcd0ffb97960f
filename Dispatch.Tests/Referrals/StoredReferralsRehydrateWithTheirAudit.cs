using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class StoredReferralsRehydrateWithTheirAudit : RedisFixture
{
    [Test]
    public async Task A_new_server_continues_open_referrals_where_the_old_one_stopped()
    {
        var old = new ReferralServerInstance(Mux);
        var open = await old.RequestAsync();
        var closed = await old.RequestAsync();
        await old.Workflow.ExecuteAsync(closed.Id, Doctor, (l, t) => l.Cancel(Doctor, t, "treated locally"), null, CancellationToken.None);

        var fresh = new ReferralServerInstance(Mux);
        var report = await fresh.Rehydrator.RehydrateAsync();
        var accepted = await fresh.Workflow.ExecuteAsync(open.Id, HospitalA, (l, t) => l.Accept(HospitalA, t), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(report.OpenReferrals, Is.EqualTo(1));
            Assert.That(accepted.State, Is.EqualTo(ReferralState.Accepted));
            Assert.That(accepted.Version, Is.EqualTo(open.Version + 1));
        });
    }

    [Test]
    public async Task Every_transition_is_in_the_audit_stream_with_who_role_when_from_to_and_why()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        await server.Workflow.ExecuteAsync(referral.Id, HospitalA, (l, t) => l.Decline(HospitalA, t, "No cath lab tonight"), null, CancellationToken.None);

        var audit = (await server.Store.ReadAuditAsync(referral.Id)).Select(e => e.Transition).ToList();

        Assert.That(audit.Select(t => (t.Action, t.From, t.To)), Is.EqualTo(new[]
        {
            (ReferralAction.Request, ReferralState.Identified, ReferralState.Requested),
            (ReferralAction.Match, ReferralState.Requested, ReferralState.Matching),
            (ReferralAction.OfferNext, ReferralState.Matching, ReferralState.Offered),
            (ReferralAction.Decline, ReferralState.Offered, ReferralState.Declined),
            (ReferralAction.OfferNext, ReferralState.Declined, ReferralState.Offered),
        }));
        var decline = audit[3];
        Assert.Multiple(() =>
        {
            Assert.That(decline.Actor, Is.EqualTo(HospitalA.Name));
            Assert.That(decline.Role, Is.EqualTo("hospital"));
            Assert.That(decline.Reason, Is.EqualTo("No cath lab tonight"));
            Assert.That(decline.At, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1)));
            Assert.That(audit[0].Actor, Is.EqualTo(Doctor.Name));
            Assert.That(audit[1].Role, Is.EqualTo("system"));
        });
    }

    [Test]
    public async Task Closed_referrals_leave_the_open_set()
    {
        var server = new ReferralServerInstance(Mux);
        var referral = await server.RequestAsync();
        await server.Workflow.ExecuteAsync(referral.Id, Doctor, (l, t) => l.Cancel(Doctor, t, "family declined transfer"), null, CancellationToken.None);
        Assert.That(await Mux.GetDatabase().SetContainsAsync(ReferralKeys.Open, referral.Id), Is.False);
    }
}
