using CsCheck;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Cadence;

namespace Dispatch.Tests.Registry;

public class CadenceDueTimeFollowsTheRollingWindow
{
    private static readonly CadenceRules Rules = new(CadenceRules.Defaults());
    private static readonly DateTimeOffset Registered = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void RedNeedsThreeContactsInSevenDaysYellowTwoAndAnInfectedYellowOneADay()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Rules.For(Tier.Red, false)!.Contacts, Is.EqualTo(3));
            Assert.That(Rules.For(Tier.Yellow, false)!.Contacts, Is.EqualTo(2));
            Assert.That(Rules.For(Tier.Yellow, true)!.WindowDays, Is.EqualTo(1));
            Assert.That(Rules.For(Tier.Green, false), Is.Null);
            Assert.That(Rules.DueAt(Tier.Green, false, [], Registered), Is.Null);
        });
    }

    [Test]
    public void ANewPersonHasOneWindowOfGrace()
    {
        Assert.That(Rules.DueAt(Tier.Red, false, [], Registered), Is.EqualTo(Registered.AddDays(7)));
    }

    [Test]
    public void DueWhenTheThirdLatestContactLeavesTheWindow()
    {
        var t = Registered.AddDays(20);
        var contacts = new[] { t, t.AddDays(-1), t.AddDays(-4), t.AddDays(-6) };
        Assert.That(Rules.DueAt(Tier.Red, false, contacts, Registered), Is.EqualTo(t.AddDays(-4).AddDays(7)));
    }

    /// <summary>
    /// Against the definition: from the latest contact until the due time every window (t − W, t] holds at least N
    /// contacts, and the window ending at the due time holds fewer. With fewer than N contacts ever, the grace runs one
    /// window from registration.
    /// </summary>
    [Test]
    public void TheDueTimeIsWhenTheWindowFirstHoldsTooFewContacts()
    {
        Gen.Select(Gen.Int[0, 40 * 24].Array[0, 12], Gen.Bool, Gen.Int[0, 2], Gen.Double[0, 1]).Sample((hours, infected, tierIndex, probe) =>
        {
            var tier = (Tier)tierIndex;
            if (Rules.For(tier, infected) is not { } rule) return;
            var contacts = hours.Select(h => Registered.AddHours(h)).OrderByDescending(x => x).ToList();
            var due = Rules.DueAt(tier, infected, contacts, Registered)!.Value;
            int InWindowEnding(DateTimeOffset t) => contacts.Count(c => c > t - rule.Window && c <= t);
            if (contacts.Count < rule.Contacts)
            {
                Assert.That(due, Is.EqualTo(Registered + rule.Window));
                return;
            }
            Assert.That(InWindowEnding(due), Is.LessThan(rule.Contacts), "the window ending at the due time is short");
            if (due > contacts[0])
            {
                var t = contacts[0] + (due - contacts[0]) * probe;
                if (t < due) Assert.That(InWindowEnding(t), Is.GreaterThanOrEqualTo(rule.Contacts), $"still on cadence at {t:O}");
            }
        }, iter: 1000);
    }
}
