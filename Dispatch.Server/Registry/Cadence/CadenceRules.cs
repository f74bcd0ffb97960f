using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.Cadence;

/// <summary>Which contact cadence applies to a person, and when their next contact falls due.</summary>
public sealed class CadenceRules(IReadOnlyList<CadenceRule> rules)
{
    /// <summary>Red ≥ 3 per 7 days, yellow ≥ 2, an infected yellow-tier person daily; green people have no cadence.</summary>
    public static List<CadenceRule> Defaults() =>
    [
        new() { Tier = Tier.Red, Contacts = 3, WindowDays = 7 },
        new() { Tier = Tier.Yellow, Contacts = 2, WindowDays = 7 },
        new() { Tier = Tier.Yellow, Infected = true, Contacts = 1, WindowDays = 1 },
    ];

    /// <summary>The rule for this tier and infection status: a rule naming the infection status wins over a general one.</summary>
    public CadenceRule? For(Tier tier, bool infected) =>
        rules.Where(r => r.Tier == tier && r.Contacts > 0 && (r.Infected is null || r.Infected == infected))
            .OrderByDescending(r => r.Infected is not null)
            .FirstOrDefault();

    /// <summary>How many of the latest contacts the due time depends on (the most any rule asks for).</summary>
    public int ContactsToKeep => rules.Count == 0 ? 0 : rules.Max(r => r.Contacts);

    /// <summary>
    /// The moment the rolling window would hold fewer contacts than the rule asks for: the N-th latest contact plus
    /// the window. With fewer than N contacts, the window runs from registration, so a new person gets one window's grace.
    /// Null: no cadence for this person.
    /// </summary>
    public DateTimeOffset? DueAt(Tier tier, bool infected, IReadOnlyList<DateTimeOffset> latestContactsNewestFirst, DateTimeOffset registeredAt)
    {
        if (For(tier, infected) is not { } rule) return null;
        var from = latestContactsNewestFirst.Count >= rule.Contacts ? latestContactsNewestFirst[rule.Contacts - 1] : registeredAt;
        return from + rule.Window;
    }
}
