using System.CommandLine;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Simulation;

/// <summary><c>simulate</c>: connects the region's vehicle devices through the real hub and drives them like crews would.</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var server = new Option<string>("--server") { Description = "Server URL", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var regionPath = new Option<string?>("--region") { Description = "region.json (default: the bundled demo region)" };
        var vehicles = new Option<int?>("--vehicles") { Description = "How many of the region's vehicles to simulate (default: all)" };
        var password = new Option<string>("--password") { Description = "Password of the demo device accounts", DefaultValueFactory = _ => "Device#120" };
        var interval = new Option<int>("--interval-ms") { Description = "Position report interval", DefaultValueFactory = _ => 1000 };
        var scene = new Option<int>("--scene-seconds") { Description = "Time a crew spends with the patient", DefaultValueFactory = _ => 90 };
        var relocate = new Option<double>("--relocate-chance") { Description = "Chance an idle vehicle moves to another standby point", DefaultValueFactory = _ => 0.5 };
        var duration = new Option<int?>("--duration-seconds") { Description = "Stop after this long (default: until Ctrl-C)" };
        var timeFactor = new Option<double>("--time-factor") { Description = "Run missions this many times faster than real time", DefaultValueFactory = _ => 1 };
        var only = new Option<string?>("--only") { Description = "Comma-separated vehicle ids to simulate" };

        var command = new Command("simulate", "Drive simulated vehicles on the region's roads through the real hub")
            { server, regionPath, vehicles, password, interval, scene, relocate, duration, timeFactor, only };
        command.SetAction(async (parse, ct) =>
        {
            using var logs = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
            var log = logs.CreateLogger("Dispatch.Simulator");
            var region = Region.Load(parse.GetValue(regionPath) ?? Region.FindBundled() ?? throw new InvalidOperationException("No region found."));
            var facilities = FacilityRegistry.Load(region);
            var registry = VehicleRegistry.Load(region);
            var url = parse.GetValue(server)!.TrimEnd('/');
            var settings = new CrewSettings(parse.GetValue(password)!, TimeSpan.FromMilliseconds(parse.GetValue(interval)),
                TimeSpan.FromSeconds(parse.GetValue(scene)), TimeSpan.FromSeconds(45), parse.GetValue(relocate), Math.Max(0.1, parse.GetValue(timeFactor)));
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var api = new ServerApi(http);
            var onlyIds = parse.GetValue(only)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            var chosen = registry.All.Where(v => onlyIds is null || onlyIds.Contains(v.Id))
                .OrderBy(v => v.Id, StringComparer.Ordinal).Take(parse.GetValue(vehicles) ?? int.MaxValue).ToList();

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            if (parse.GetValue(duration) is { } seconds) stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            log.LogInformation("Simulating {Count} vehicles against {Url}", chosen.Count, url);
            var crews = chosen.Select(async v =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await new SimulatedCrew(v, api, url, facilities, settings, log).RunAsync(stop.Token);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception e)
                    {
                        log.LogWarning("{Vehicle}: {Error}; restarting the device in 5 s", v.CallSign, e.Message);
                        try { await Task.Delay(5000, stop.Token); } catch (OperationCanceledException) { return; }
                    }
                }
            });
            await Task.WhenAll(crews);
            return 0;
        });
        return command;
    }
}
