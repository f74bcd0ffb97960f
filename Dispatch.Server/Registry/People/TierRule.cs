using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.People;

/// <summary>
/// One configurable tiering rule: the person has every category in <see cref="AllOf"/> and at least
/// <see cref="MinOfAny"/> of <see cref="AnyOf"/> (when AnyOf is empty only AllOf counts).
/// </summary>
public sealed class TierRule
{
    public Tier Tier { get; set; }
    public string Reason { get; set; } = "";
    public List<Category> AllOf { get; set; } = [];
    public List<Category> AnyOf { get; set; } = [];
    public int MinOfAny { get; set; } = 1;

    public bool Matches(IReadOnlySet<Category> categories) =>
        AllOf.All(categories.Contains) && (AnyOf.Count == 0 || AnyOf.Count(categories.Contains) >= MinOfAny);
}
