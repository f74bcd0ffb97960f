using System.CommandLine;
using Dispatch.Server.Regions;
using StackExchange.Redis;

namespace Dispatch.Server.Tools.Faults;

/// <summary>
/// <c>fault-drill</c>: the long version of the fault test. Starts its own Redis and servers on loopback ports, runs a
/// mixed mission load and injects faults (server SIGKILL, Redis paused, Redis restarted), half of them aimed into
/// bursts of concurrent commands, and checks after each that Redis holds no disagreement within 10 s. Prints a table.
/// </summary>
public static class FaultDrillCommand
{
    public static Command Create()
    {
        var faults = new Option<int>("--faults") { Description = "How many faults to inject", DefaultValueFactory = _ => 100 };
        var servers = new Option<int>("--servers") { Description = "Server instances sharing the Redis (at least 2)", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the load's and the faults' choices", DefaultValueFactory = _ => Environment.TickCount };
        var region = new Option<string?>("--region") { Description = "region.json to serve (default: the bundled demo region)" };
        var command = new Command("fault-drill", "Inject server kills and Redis pauses/restarts during a mixed mission load; check Redis agrees with itself after each")
            { faults, servers, seed, region };
        command.SetAction(async parse =>
        {
            var regionPath = parse.GetValue(region) ?? Region.FindBundled() ?? throw new InvalidOperationException("No region found; pass --region.");
            var count = Math.Max(2, parse.GetValue(servers));
            Console.WriteLine($"Starting Redis and {count} servers…");
            await using var deployment = await DrillDeployment.StartAsync(regionPath, count);
            await using var redis = await ConnectionMultiplexer.ConnectAsync(deployment.RedisConfiguration);
            using var http = new HttpClient { BaseAddress = new Uri(deployment.ServerUrls[0]) };
            string[] vehicles = ["amb-01", "amb-02", "amb-03", "amb-04", "amb-05", "amb-06", "amb-07", "amb-08", "amb-09", "amb-10", "ne-01", "ne-02"];
            var cast = await MissionCast.SignInAsync(http, vehicles, CancellationToken.None);
            await using var load = new MissionLoad(deployment.ServerUrls, cast, parse.GetValue(seed));
            var drill = new FaultDrill(deployment, load, redis, parse.GetValue(seed), Console.Out);
            var results = await drill.RunAsync(parse.GetValue(faults), CancellationToken.None);

            Console.WriteLine();
            Console.WriteLine("| fault kind | aimed | injected | agreed within 10 s | p50 to agree (ms) | max to agree (ms) |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|");
            foreach (var group in results.GroupBy(r => (r.Kind, r.Aimed)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Aimed))
            {
                var times = group.Select(r => r.AgreedAfter.TotalMilliseconds).Order().ToList();
                Console.WriteLine($"| {group.Key.Kind} | {(group.Key.Aimed ? "yes" : "no")} | {group.Count()} | {group.Count(r => r.Agreed)} | {times[times.Count / 2]:F0} | {times[^1]:F0} |");
            }
            Console.WriteLine($"Load: {load.Commands} commands carried out, {load.Refusals} refused, {load.Failures} without answer, {load.Finished} missions ended.");
            if (load.RecentFailures.Count > 0) Console.WriteLine("Last failures: " + string.Join(" | ", load.RecentFailures));
            var failed = results.Count(r => !r.Agreed);
            Console.WriteLine(failed == 0 ? "Every fault: no disagreement." : $"{failed} fault(s) left disagreements.");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }
}
