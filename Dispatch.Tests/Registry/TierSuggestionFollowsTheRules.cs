using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.People;
using static Dispatch.Server.Registry.People.Category;

namespace Dispatch.Tests.Registry;

public class TierSuggestionFollowsTheRules
{
    private static readonly IReadOnlyList<TierRule> Rules = DefaultTierRules.Create();

    [TestCase(new[] { KidneyFailureOnDialysis }, Tier.Red, "continuous-treatment")]
    [TestCase(new[] { Over65, Hypertension, Diabetes }, Tier.Red, "elderly-multimorbid")]
    [TestCase(new[] { Over65, LivesAlone, HeartDisease }, Tier.Red, "elderly-alone-with-disease")]
    [TestCase(new[] { Pregnant, Diabetes }, Tier.Red, "pregnant-with-disease")]
    [TestCase(new[] { Over65, Hypertension }, Tier.Yellow, "underlying-disease")]
    [TestCase(new[] { Pregnant }, Tier.Yellow, "care-dependent")]
    [TestCase(new[] { Over65, LivesAlone }, Tier.Yellow, "elderly-alone")]
    [TestCase(new[] { Over65 }, Tier.Green, "default")]
    [TestCase(new Category[0], Tier.Green, "default")]
    public void TheHighestMatchingRuleGivesTheTierAndItsReason(Category[] categories, Tier tier, string reason)
    {
        var suggestion = TierSuggestion.From(categories, Rules);
        Assert.That(suggestion, Is.EqualTo(new TierSuggestion(tier, reason)));
    }

    [Test]
    public void ConfiguredRulesReplaceTheDefaults()
    {
        var rules = new List<TierRule> { new() { Tier = Tier.Red, Reason = "any-child", AnyOf = [Child] } };
        Assert.Multiple(() =>
        {
            Assert.That(TierSuggestion.From([Child], rules).Tier, Is.EqualTo(Tier.Red));
            Assert.That(TierSuggestion.From([KidneyFailureOnDialysis], rules).Tier, Is.EqualTo(Tier.Green));
        });
    }

    [Test]
    public void AgeCategoriesComeFromTheBirthDateNotFromWhatWasTyped()
    {
        var today = new DateOnly(2026, 12, 4);
        Assert.Multiple(() =>
        {
            Assert.That(AgeCategories.Apply([Child], new DateOnly(1950, 1, 1), today), Is.EqualTo(new[] { Over65 }));
            Assert.That(AgeCategories.Apply([Over65, Diabetes], new DateOnly(2020, 1, 1), today), Is.EqualTo(new[] { Child, Diabetes }));
            // Turns 65 tomorrow: not yet.
            Assert.That(AgeCategories.Apply([], new DateOnly(1961, 12, 5), today), Is.Empty);
            Assert.That(AgeCategories.Apply([], new DateOnly(1961, 12, 4), today), Is.EqualTo(new[] { Over65 }));
        });
    }
}
