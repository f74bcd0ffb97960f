using System.Text.RegularExpressions;
using Dispatch.Tests.Routing;

namespace Dispatch.Tests.Tools.Bench;

/// <summary>
/// The coverage benchmark at a small scale: every fast answer it times is checked against its naive baseline in the
/// same run, so a wrong speed-up makes the verb fail instead of printing a flattering row.
/// </summary>
[TestFixture]
public sealed class CoverageBenchChecksEveryFastAnswer
{
    [Test]
    public async Task A_small_run_prints_all_three_rows_and_finds_no_answer_that_differs_from_its_baseline()
    {
        var cache = Path.Combine(Path.GetTempPath(), "dispatch-tests-bench-coverage");
        var (exit, printed) = await BenchProcess.RunAsync("bench-coverage", "--osm", RoutingTestData.HeidelbergPbf,
            "--vehicles", "40", "--posts", "6", "--rounds", "10", "--cache", cache);

        Assert.That(exit, Is.Zero, printed);
        foreach (var row in new[] { "full coverage recompute", "coverage cost of the 10 recommended vehicles", "best single move-up (40 vehicles x 6 posts)" })
            Assert.That(printed, Does.Match(Regex.Escape(row) + @"\s+\d+\.\d+ ms\s+\d+\.\d+ ms\s+\d+\.\d+ ms\s+\d+x"), row);
        Assert.That(printed, Does.Contain("mismatches against the baselines: 0"));
        Assert.That(printed, Does.Match(@"the first runs after a start, before that: full recompute p50 \d+\.\d+ ms, worst \d+\.\d+ ms over \d+ runs"));
    }
}
