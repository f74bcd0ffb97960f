
namespace Dispatch.Tests.Tools.Bench;

/// <summary>The record benchmark at a tiny scale: it loads a generated record, runs every search both ways without an error and prints its table.</summary>
[TestFixture]
public sealed class RecordBenchSearchesAGeneratedRecord
{
    [Test]
    public async Task A_tiny_run_times_every_search_with_and_without_the_indexes()
    {
        var (exit, printed) = await BenchProcess.RunAsync("bench-record", "--cases", "3000", "--runs", "5", "--baseline-runs", "2");

        Assert.That(exit, Is.Zero, printed);
        Assert.That(printed, Does.Contain("Loaded 3,000 cases and "));
        foreach (var row in new[] { "by number, whole", "by patient line fragment", "by caller phone", "date range (7 days) + state", "doctor: own facility",
                     "hospital: own hospital", "everything, each sort", "everything, deep page", "all of the above" })
        {
            var line = printed.Split('\n').SingleOrDefault(l => l.StartsWith("| " + row, StringComparison.Ordinal));
            Assert.That(line, Is.Not.Null, row);
            // Both sides measured: no "-" left in the timing columns.
            Assert.That(line!.Split('|', StringSplitOptions.TrimEntries).Skip(2).Take(4), Has.All.EndWith(" ms"), line);
        }
        Assert.That(printed, Does.Contain("runs per query: 5 with indexes, 2 without; errors: 0"));
    }
}
