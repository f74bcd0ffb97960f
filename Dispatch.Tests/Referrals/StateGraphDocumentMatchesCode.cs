using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Tests.Referrals;

public sealed class StateGraphDocumentMatchesCode
{
    /// <summary>Run the tests with DISPATCH_UPDATE_DOCS=1 to rewrite the document after changing the machine.</summary>
    [Test]
    public void Docs_referral_states_dot_is_generated_from_the_machine()
    {
        var path = Path.Combine(Dispatch.Tests.Infrastructure.RepoPaths.Root, "docs", "referral-states.dot");
        var fromCode = ReferralLifecycle.DotGraph().ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("DISPATCH_UPDATE_DOCS") == "1")
            File.WriteAllText(path, fromCode);

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with DISPATCH_UPDATE_DOCS=1.");
        Assert.That(File.ReadAllText(path).ReplaceLineEndings("\n"), Is.EqualTo(fromCode),
            "docs/referral-states.dot is out of date; run the tests with DISPATCH_UPDATE_DOCS=1.");
    }

    [Test]
    public void Graph_names_every_state()
    {
        var dot = ReferralLifecycle.DotGraph();
        Assert.That(Enum.GetNames<ReferralState>(), Is.All.Matches<string>(s => dot.Contains(s)));
    }
}
