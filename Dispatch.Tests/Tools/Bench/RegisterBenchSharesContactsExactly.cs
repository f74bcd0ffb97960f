using CsCheck;
using Dispatch.Server.Registry;
using Dispatch.Server.Registry.Seed;
using Dispatch.Server.Tools.Bench.Registry;

namespace Dispatch.Tests.Tools.Bench;

/// <summary>The invented county of bench-register holds exactly the contacts asked for, without stretching anyone's history.</summary>
public sealed class RegisterBenchSharesContactsExactly
{
    [Test]
    public void Shares_add_up_to_the_total_and_never_exceed_what_a_history_can_hold()
    {
        Gen.Select(Gen.Int[0, 300].Array[1, 400], Gen.Double[0, 1]).Sample((capacities, fraction) =>
        {
            var capacity = capacities.Sum(c => (long)c);
            var total = (long)Math.Floor(capacity * fraction);
            var quota = new ContactQuota(total, capacity);
            var shares = capacities.Select(quota.Next).ToList();
            return shares.Sum(s => (long)s) == total && shares.Zip(capacities).All(p => p.First >= 0 && p.First <= p.Second);
        });
    }

    [Test]
    public void More_contacts_than_the_people_can_hold_is_refused_with_the_numbers()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => _ = new ContactQuota(1001, 1000));
        Assert.That(refused!.Message, Does.Contain("1,000").And.Contain("1,001"));
    }

    [Test]
    public void A_county_at_the_benchmarks_density_of_25_contacts_a_person_can_hold_them_all()
    {
        // The first pass alone, at the default county's density (200,000 people, 5 million contacts) on a tenth of it:
        // the second pass shares out exactly what is asked as long as this capacity covers it. (The previous trimming,
        // which gave each person what was left divided by who was left, reached 4.96 million of the 5.)
        const int people = 20_000;
        const long contacts = 500_000;
        var county = Enumerable.Range(0, 3).Select(i => new CountyFacility($"g-{i:D2}", 104.0 + i * 0.01, 30.6)).ToList();
        var capacity = new InventedCounty(county, 10, 42).Capacity(new InventedPeople(new RegistryOptions()), people,
            InventedCounty.HistoryCap(people, contacts), DateTimeOffset.UtcNow);
        Assert.That(capacity, Is.GreaterThanOrEqualTo(contacts));
    }
}
