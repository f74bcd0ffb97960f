using System.CommandLine;
using Dispatch.Server.Tools.Routing;

namespace Dispatch.Server.Tools.Bench.Coverage;

/// <summary>The <c>bench-coverage</c> verb: the coverage rows on a real extract, fast against naive in one run.</summary>
public static class CoverageCommands
{
    public static Command BenchCoverage()
    {
        var osm = new Option<FileInfo>("--osm") { Description = "OpenStreetMap extract (.osm.pbf)", Required = true };
        var vehicles = new Option<int>("--vehicles") { Description = "Ambulances in the fleet, all available", DefaultValueFactory = _ => 400 };
        var posts = new Option<int>("--posts") { Description = "Standby posts", DefaultValueFactory = _ => 40 };
        var cell = new Option<double>("--cell-meters") { Description = "Grid cell size", DefaultValueFactory = _ => 500 };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of each fast computation", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "Seed of the fleet, posts, zones and demand", DefaultValueFactory = _ => 42 };
        var cache = new Option<DirectoryInfo?>("--cache") { Description = "Directory for prepared graphs (default: system temp)" };
        var command = new Command("bench-coverage", "Coverage recompute, assignment cost and move-up, fast against naive") { osm, vehicles, posts, cell, rounds, seed, cache };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var engine = RoutingCommands.OpenEngine(result.GetValue(osm)!, null, result.GetValue(cache), 1000);
            output.WriteLine(FormattableString.Invariant($"graph: {engine.Graph.VertexCount} vertices, {engine.Graph.EdgeCount} edges"));
            return CoverageBenchmark.Run(engine, result.GetValue(vehicles), result.GetValue(posts), result.GetValue(cell), Math.Max(10, result.GetValue(rounds)), result.GetValue(seed), output) == 0 ? 0 : 1;
        });
        return command;
    }
}
