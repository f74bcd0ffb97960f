using Dispatch.Server.Referrals.Requests;
using static Dispatch.Server.Registry.People.Category;

namespace Dispatch.Server.Registry.People;

/// <summary>
/// The rules a facility starts with (Registry:TierRules replaces them): dialysis and cancer, elderly people with
/// several underlying diseases or alone with one, and pregnant women with disease are red; one risk factor is yellow.
/// </summary>
public static class DefaultTierRules
{
    private static readonly List<Category> Diseases = [Hypertension, Diabetes, ChronicLungDisease, HeartDisease];

    public static List<TierRule> Create() =>
    [
        new() { Tier = Tier.Red, Reason = "continuous-treatment", AnyOf = [KidneyFailureOnDialysis, Cancer] },
        new() { Tier = Tier.Red, Reason = "elderly-multimorbid", AllOf = [Over65], AnyOf = Diseases, MinOfAny = 2 },
        new() { Tier = Tier.Red, Reason = "elderly-alone-with-disease", AllOf = [Over65, LivesAlone], AnyOf = Diseases },
        new() { Tier = Tier.Red, Reason = "pregnant-with-disease", AllOf = [Pregnant], AnyOf = Diseases },
        new() { Tier = Tier.Yellow, Reason = "underlying-disease", AnyOf = Diseases },
        new() { Tier = Tier.Yellow, Reason = "care-dependent", AnyOf = [Pregnant, Disability, LivesWithDisabledChildOnly] },
        new() { Tier = Tier.Yellow, Reason = "elderly-alone", AllOf = [Over65, LivesAlone] },
    ];
}
