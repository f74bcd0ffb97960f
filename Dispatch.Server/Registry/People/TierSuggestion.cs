using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.People;

/// <summary>A suggested tier and the code of the rule that gave it ("default" when none matched).</summary>
public sealed record TierSuggestion(Tier Tier, string Reason)
{
    /// <summary>The highest tier any rule gives; rules of the same tier keep their configured order.</summary>
    public static TierSuggestion From(IEnumerable<Category> categories, IReadOnlyList<TierRule> rules)
    {
        var set = categories.ToHashSet();
        var match = rules.Where(r => r.Matches(set)).OrderByDescending(r => r.Tier).FirstOrDefault();
        return match is null ? new TierSuggestion(Tier.Green, "default") : new TierSuggestion(match.Tier, match.Reason);
    }
}
