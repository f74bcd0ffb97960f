using System.CommandLine;
using System.Globalization;
using Dispatch.Server.Tools.Routing;

namespace Dispatch.Tests.Tools.Routing;

/// <summary>The <c>bench-scale</c> verb prints one row per generated city size and checks the engines agree.</summary>
[TestFixture]
public class BenchScaleCommandTests
{
    [Test]
    public void Bench_scale_prints_a_row_per_size_and_no_mismatches()
    {
        var root = new RootCommand();
        foreach (var c in RoutingCommands.All()) root.Subcommands.Add(c);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var exit = root.Parse(["bench-scale", "--sizes", "900,2500", "--queries", "40", "--dijkstra-queries", "20"])
            .Invoke(new InvocationConfiguration { Output = output, Error = output });
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(exit, Is.EqualTo(0), output.ToString());
        Assert.That(lines[0], Does.StartWith("vertices"));
        var rows = lines.Skip(1).TakeWhile(l => char.IsDigit(l[0])).Select(l => int.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0], Is.InRange(850, 900));
        Assert.That(rows[1], Is.InRange(2375, 2500));
        Assert.That(lines[^1], Does.EndWith("mismatches: 0"));
    }
}
