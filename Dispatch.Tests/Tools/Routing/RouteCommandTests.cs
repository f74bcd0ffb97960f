using System.CommandLine;
using System.Globalization;
using Dispatch.Routing;
using Dispatch.Server.Tools.Routing;
using Dispatch.Tests.Routing;

namespace Dispatch.Tests.Tools.Routing;

/// <summary>The <c>route</c> verb prints "seconds,meters" then one line per CSV pair, NaN,NaN when a pair cannot be routed.</summary>
[TestFixture]
public class RouteCommandTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateDir() => _dir = Directory.CreateTempSubdirectory("route-verb-").FullName;

    [TearDown]
    public void DeleteDir() => Directory.Delete(_dir, recursive: true);

    private (int exit, string output) Invoke(params string[] args)
    {
        var root = new RootCommand();
        foreach (var c in RoutingCommands.All()) root.Subcommands.Add(c);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    [Test]
    public void Route_prints_one_line_per_pair_in_order_with_NaN_for_unroutable()
    {
        var profile = Path.Combine(_dir, "car.json");
        File.WriteAllText(profile, """
            { "name": "car", "speedsKmh": { "motorway": 100, "trunk": 80, "primary": 60, "secondary": 50, "tertiary": 40,
              "unclassified": 30, "residential": 30, "service": 15 }, "impliedOneway": true, "respectAccess": true }
            """);
        var pairs = Path.Combine(_dir, "pairs.csv");
        File.WriteAllLines(pairs,
        [
            "from_lon,from_lat,to_lon,to_lat,note",
            "104.0650,30.6600,104.1050,30.7100,across town",
            "0,0,104.1050,30.7100,origin in the sea",
            "104.1050,30.7100,104.0650,30.6600,back again",
        ]);

        var (exit, output) = Invoke("route", "--osm", RoutingTestData.ChengduPbf, "--profile", profile, "--pairs", pairs, "--cache", Path.Combine(_dir, "cache"));

        Assert.That(exit, Is.EqualTo(0), output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines[0], Is.EqualTo("seconds,meters"));
        Assert.That(lines[2], Is.EqualTo("NaN,NaN"));

        var engine = RoutingTestData.Chengdu;
        var expected = engine.TravelTime(new GeoPoint(104.0650, 30.6600), new GeoPoint(104.1050, 30.7100));
        var cells = lines[1].Split(',');
        Assert.That(double.Parse(cells[0], CultureInfo.InvariantCulture), Is.EqualTo(expected.Seconds).Within(0.00005), "seconds printed to the tick");
        Assert.That(double.Parse(cells[1], CultureInfo.InvariantCulture), Is.EqualTo(expected.Meters).Within(0.01));
        Assert.That(double.Parse(lines[3].Split(',')[0], CultureInfo.InvariantCulture), Is.GreaterThan(60));
        Assert.That(Directory.GetFiles(Path.Combine(_dir, "cache"), "*.graph"), Has.Length.EqualTo(1), "prepared graph cached for the next start");
    }

    [Test]
    public void Route_without_required_options_fails()
    {
        var (exit, _) = Invoke("route", "--osm", RoutingTestData.ChengduPbf);
        Assert.That(exit, Is.Not.EqualTo(0));
    }
}
