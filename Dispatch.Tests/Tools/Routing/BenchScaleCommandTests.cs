using System.CommandLine;
using System.Globalization;
using Dispatch.Server.Tools.Routing;

namespace Dispatch.Tests.Tools.Routing;

/// <summary>The <c>bench-scale</c> verb prints one row per generated city size and checks the engines agree.</summary>
[TestFixture]
public class BenchScaleCommandTests
{
    private int _exit;
    private StringWriter _output = null!;

    /// <summary>One run serves both tests: it is the slow part.</summary>
    [OneTimeSetUp]
    public void RunBenchScale()
    {
        var root = new RootCommand();
        foreach (var c in RoutingCommands.All()) root.Subcommands.Add(c);
        _output = new StringWriter(CultureInfo.InvariantCulture);
        _exit = root.Parse(["bench-scale", "--sizes", "900,2500", "--queries", "40", "--dijkstra-queries", "20"])
            .Invoke(new InvocationConfiguration { Output = _output, Error = _output });
    }

    [OneTimeTearDown]
    public void Release() => _output.Dispose();

    [Test]
    public void Bench_scale_prints_a_row_per_size_and_no_mismatches()
    {
        var (exit, output) = (_exit, _output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(exit, Is.EqualTo(0), output.ToString());
        Assert.That(lines[0], Does.StartWith("vertices"));
        var rows = lines.Skip(1).TakeWhile(l => char.IsDigit(l[0])).Select(l => int.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Is.InRange(850, 900));
        Assert.That(rows[1], Is.InRange(2375, 2500));
        Assert.That(lines[^1], Does.EndWith("mismatches: 0"));
    }

    [Test]
    public void Bench_scale_prints_closure_and_one_to_all_rows_per_size_on_the_customized_hierarchy()
    {
        var (exit, output) = (_exit, _output);
        var text = output.ToString();
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Exit 0 also means the hierarchy answered as Dijkstra did under the closures, and queries stayed on it.
        Assert.That(exit, Is.EqualTo(0), text);
        var header = Array.FindIndex(lines, l => l.StartsWith("vertices  cch prep", StringComparison.Ordinal));
        Assert.That(header, Is.GreaterThan(0), text);
        var rows = lines.Skip(header + 1).TakeWhile(l => char.IsDigit(l[0])).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.That(rows, Has.Count.EqualTo(2), text);
        foreach (var row in rows)
        {
            Assert.That(row, Does.Not.Contain("hierarchy!)"), "queries under closures stayed on the customized hierarchy");
            var cells = row.Where(c => c != "ms" && c != "s").ToArray();
            // vertices, prep, arcs, set, lift, rank p50, rank p99, dijkstra p50, ratio, o2a p50, o2a p99, o2a dijkstra, o2a ratio
            Assert.That(cells, Has.Length.EqualTo(13), string.Join(' ', row));
            Assert.That(long.Parse(cells[2], CultureInfo.InvariantCulture), Is.GreaterThan(long.Parse(cells[0], CultureInfo.InvariantCulture)), "the hierarchy has arcs");
            foreach (var ms in new[] { 3, 4, 5, 6, 7, 9, 10, 11 })
                Assert.That(double.Parse(cells[ms], CultureInfo.InvariantCulture), Is.GreaterThan(0).And.LessThan(60_000), string.Join(' ', row));
        }
        Assert.That(int.Parse(rows[0][0], CultureInfo.InvariantCulture), Is.InRange(850, 900));
        Assert.That(int.Parse(rows[1][0], CultureInfo.InvariantCulture), Is.InRange(2375, 2500));
        Assert.That(lines[^1], Does.EndWith("mismatches: 0"));
    }
}
