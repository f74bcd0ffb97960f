using Dispatch.Server.Routing;
using Dispatch.Server.Tools.Bench.Routing;
using System.CommandLine;
using System.Globalization;
using Dispatch.Routing;
using Dispatch.Routing.Profiles;

namespace Dispatch.Server.Tools.Routing;

/// <summary>The routing verbs of the command line: <c>route</c>, <c>bench</c> and <c>bench-scale</c>.</summary>
public static class RoutingCommands
{
    public static IEnumerable<Command> All() => [Route(), Bench(), BenchScale()];

    private static Option<FileInfo> OsmOption() => new("--osm") { Description = "OpenStreetMap extract (.osm.pbf)", Required = true };

    private static Option<FileInfo?> ProfileOption(bool required) => new("--profile")
    {
        Description = "Routing profile JSON; defaults to the built-in ambulance profile",
        Required = required,
    };

    private static Option<DirectoryInfo?> CacheOption() => new("--cache") { Description = "Directory for prepared graphs (default: system temp)" };

    private static Option<double> MaxSnapOption() => new("--max-snap") { Description = "Refuse points further than this many metres from a road", DefaultValueFactory = _ => 1000 };

    public static Command Route()
    {
        var osm = OsmOption();
        var profile = ProfileOption(required: true);
        var pairs = new Option<FileInfo>("--pairs") { Description = "CSV with header and columns from_lon,from_lat,to_lon,to_lat", Required = true };
        var cache = CacheOption();
        var maxSnap = MaxSnapOption();
        var command = new Command("route", "Travel time and distance for each pair of points in a CSV file") { osm, profile, pairs, cache, maxSnap };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var engine = OpenEngine(result.GetValue(osm)!, result.GetValue(profile), result.GetValue(cache), result.GetValue(maxSnap));
            RouteCsv.Run(engine, result.GetValue(pairs)!.FullName, output);
            return 0;
        });
        return command;
    }

    public static Command Bench()
    {
        var osm = OsmOption();
        var profile = ProfileOption(required: false);
        var cache = CacheOption();
        var queries = new Option<int>("--queries") { Description = "Measured queries per kind", DefaultValueFactory = _ => 300 };
        var seed = new Option<int>("--seed") { Description = "Random seed for the sampled points", DefaultValueFactory = _ => 42 };
        var command = new Command("bench", "Measure snapping and travel-time queries, fast engine against plain Dijkstra") { osm, profile, cache, queries, seed };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var started = System.Diagnostics.Stopwatch.StartNew();
            var engine = OpenEngine(result.GetValue(osm)!, result.GetValue(profile), result.GetValue(cache), 1000);
            output.WriteLine(FormattableString.Invariant(
                $"graph: {engine.Graph.VertexCount} vertices, {engine.Graph.EdgeCount} edges, {engine.Hierarchy.ShortcutCount} shortcuts; ready in {started.Elapsed.TotalSeconds:F1} s ({(engine.LoadedFromCache ? "from cache" : "imported and contracted")})"));
            return RoutingBenchmark.Run(engine, result.GetValue(queries), result.GetValue(seed), output) == 0 ? 0 : 1;
        });
        return command;
    }

    public static Command BenchScale()
    {
        var sizes = new Option<string>("--sizes") { Description = "Comma-separated junction counts of the generated cities", DefaultValueFactory = _ => "10000,40000,160000,640000" };
        var queries = new Option<int>("--queries") { Description = "Point-to-point pairs timed on the fast engine per size", DefaultValueFactory = _ => 1000 };
        var dijkstra = new Option<int>("--dijkstra-queries") { Description = "How many of those pairs Dijkstra also answers", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated cities and sampled pairs", DefaultValueFactory = _ => 1 };
        var coverageFleets = new Option<string>("--coverage-fleets") { Description = "Also time coverage (recompute, cost, move-up) on each size with 400 vehicles, and on the largest with these fleet sizes, e.g. 100,400,1600", DefaultValueFactory = _ => "" };
        var closureSizes = new Option<string>("--closure-sizes")
        {
            Description = "Sizes that also get the closures and one-to-all row; default: every size up to 160000 (a grid's customizable hierarchy grows as n^1.5, so 640000 takes about a minute per customization)",
            DefaultValueFactory = _ => "",
        };
        var command = new Command("bench-scale", "Preparation and query time against network size, on generated grid cities") { sizes, queries, dijkstra, seed, coverageFleets, closureSizes };
        command.SetAction(result =>
        {
            var parsed = result.GetValue(sizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
            var q = result.GetValue(queries);
            var closureList = result.GetValue(closureSizes)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToHashSet();
            if (closureList.Count == 0) closureList = parsed.Where(x => x <= 160_000).ToHashSet();
            var mismatches = RoutingScaleBenchmark.Run(parsed, q, Math.Min(q, result.GetValue(dijkstra)), result.GetValue(seed), closureList, result.InvocationConfiguration.Output);
            var fleets = result.GetValue(coverageFleets)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList();
            if (fleets.Count > 0) Dispatch.Server.Tools.Bench.Coverage.CoverageScaleBenchmark.Run(parsed, fleets, result.GetValue(seed), result.InvocationConfiguration.Output);
            return mismatches == 0 ? 0 : 1;
        });
        return command;
    }

    internal static RoutingEngine OpenEngine(FileInfo osm, FileInfo? profile, DirectoryInfo? cache, double maxSnap)
    {
        var rules = profile is null ? DefaultProfiles.Ambulance : RoutingProfile.Load(profile.FullName);
        var options = new RoutingEngineOptions
        {
            MaxSnapMeters = maxSnap,
            CacheDirectory = cache?.FullName ?? new RoutingEngineOptions().CacheDirectory,
        };
        return RoutingEngine.Open(osm.FullName, rules, options);
    }

    internal static string Number(double value, string format) =>
        double.IsNaN(value) ? "NaN" : value.ToString(format, CultureInfo.InvariantCulture);
}
