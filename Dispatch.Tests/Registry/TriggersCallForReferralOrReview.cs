using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Registry.Contacts;

namespace Dispatch.Tests.Registry;

public class TriggersCallForReferralOrReview
{
    private static NewContact Contact(InfectionStatus infection = InfectionStatus.NotTested, int? spO2 = 97, params Symptom[] symptoms) =>
        new(null, ContactChannel.Phone, infection, infection.IsPositive() ? new DateOnly(2026, 12, 3) : null, symptoms, 36.8m, spO2, 80, Advice.HomeCare, null);

    [Test]
    public void ARedTierPersonWhoIsInfectedIsReferredAtOnce()
    {
        var outcome = TriggerRules.Evaluate(Tier.Red, Contact(InfectionStatus.AntigenPositive), previousSymptomScore: 0, spO2Threshold: 93);
        Assert.That(outcome, Is.Not.Null);
        Assert.That(outcome!.Kind, Is.EqualTo(AlertKind.ReferNow));
        Assert.That(outcome.Reasons, Is.EqualTo(new[] { TriggerRules.RedInfected }));
    }

    [Test]
    public void AnInfectedYellowOrGreenPersonWithGoodOxygenIsNotReferredForTheInfectionAlone()
    {
        Assert.That(TriggerRules.Evaluate(Tier.Yellow, Contact(InfectionStatus.PcrPositive), null, 93), Is.Null);
        Assert.That(TriggerRules.Evaluate(Tier.Green, Contact(InfectionStatus.PcrPositive), null, 93), Is.Null);
    }

    [TestCase(92, true)]
    [TestCase(93, false)]
    public void AnyoneUnderTheSpO2ThresholdIsReferred(int spO2, bool referred)
    {
        var outcome = TriggerRules.Evaluate(Tier.Green, Contact(spO2: spO2), null, 93);
        Assert.That(outcome?.Kind == AlertKind.ReferNow, Is.EqualTo(referred));
    }

    [Test]
    public void TheThresholdIsConfigurable()
    {
        Assert.That(TriggerRules.Evaluate(Tier.Green, Contact(spO2: 94), null, 95)?.Reasons, Is.EqualTo(new[] { TriggerRules.LowSpO2 }));
    }

    [Test]
    public void AYellowTierPersonWorseThanLastTimeIsReviewedNotReferred()
    {
        var worse = TriggerRules.Evaluate(Tier.Yellow, Contact(symptoms: [Symptom.Fever, Symptom.ShortnessOfBreath]), previousSymptomScore: 1, 93);
        var same = TriggerRules.Evaluate(Tier.Yellow, Contact(symptoms: [Symptom.Cough]), previousSymptomScore: 1, 93);
        var first = TriggerRules.Evaluate(Tier.Yellow, Contact(symptoms: [Symptom.Cough]), previousSymptomScore: null, 93);
        Assert.Multiple(() =>
        {
            Assert.That(worse?.Kind, Is.EqualTo(AlertKind.Review));
            Assert.That(same, Is.Null);
            Assert.That(first, Is.Null);
        });
    }

    [Test]
    public void WarningSymptomsWeighMoreThanOrdinaryOnes()
    {
        Assert.That(SymptomScore.Of([Symptom.ShortnessOfBreath]), Is.GreaterThan(SymptomScore.Of([Symptom.Cough, Symptom.Fever])));
    }
}
