
namespace Dispatch.Tests.Tools.Bench;

/// <summary>The register benchmark at a tiny scale: a small county, every read both ways, the ledger imported whole twice, the server's memory read.</summary>
[TestFixture]
public sealed class RegisterBenchGrowsACounty
{
    [Test]
    public async Task A_tiny_run_times_the_reads_imports_the_ledger_and_reports_server_memory()
    {
        var (exit, printed) = await BenchProcess.RunAsync("bench-register", "--people", "900", "--contacts", "22500", "--facilities", "3", "--teams", "6",
            "--import-rows", "300", "--runs", "5", "--baseline-runs", "2");

        Assert.That(exit, Is.Zero, printed);
        // Exactly the contacts asked for, at the default county's density of 25 a person.
        Assert.That(printed, Does.Contain("Loaded 900 people and 22,500 contacts"));
        foreach (var row in new[] { "team's overdue list", "facility's overdue list", "register page by name", "register page, tier + team",
                     "register page, overdue only", "register page, name search", "all of the above" })
        {
            var line = printed.Split('\n').SingleOrDefault(l => l.StartsWith("| " + row, StringComparison.Ordinal));
            Assert.That(line, Is.Not.Null, row);
            Assert.That(line!.Split('|', StringSplitOptions.TrimEntries).Skip(2).Take(4), Has.All.EndWith(" ms"), line);
        }
        Assert.That(printed, Does.Contain("runs per query: 5 with indexes, 2 without; errors: 0"));
        Assert.That(printed, Does.Contain("imported 300 and 300 of 300 rows; errors 0 and 0"));
        var memory = printed.Split('\n').Single(l => l.StartsWith("| server working set, same reads", StringComparison.Ordinal));
        Assert.That(memory, Does.Match(@"\| +\d+ MB \| +\d+ MB \| +\d+ MB \|"), "empty, loaded and after the imports");
    }
}
