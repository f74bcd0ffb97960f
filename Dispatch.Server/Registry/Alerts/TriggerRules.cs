using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Contacts;

namespace Dispatch.Server.Registry.Alerts;

/// <summary>What a just-recorded contact calls for. Reasons are codes the console translates.</summary>
public sealed record TriggerOutcome(AlertKind Kind, IReadOnlyList<string> Reasons);

public static class TriggerRules
{
    public const string RedInfected = "red-infected";
    public const string LowSpO2 = "low-spo2";
    public const string Worsening = "worsening";

    /// <param name="previousSymptomScore">The score at the person's previous contact; null when this is the first.</param>
    public static TriggerOutcome? Evaluate(Tier tier, NewContact contact, int? previousSymptomScore, int spO2Threshold)
    {
        var referNow = new List<string>();
        if (tier == Tier.Red && contact.Infection.IsPositive()) referNow.Add(RedInfected);
        if (contact.SpO2 is { } s && s < spO2Threshold) referNow.Add(LowSpO2);
        if (referNow.Count > 0) return new TriggerOutcome(AlertKind.ReferNow, referNow);

        var score = SymptomScore.Of(contact.Symptoms ?? []);
        if (tier == Tier.Yellow && previousSymptomScore is { } before && score > before)
            return new TriggerOutcome(AlertKind.Review, [Worsening]);
        return null;
    }
}
