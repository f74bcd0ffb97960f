using Dispatch.Server.Fleet;
using System.CommandLine;
using System.Globalization;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// <c>loadtest</c>: connects thousands of simulated vehicle devices and a few dispatcher clients and prints throughput,
/// delivery latency, CPU, memory and Redis load. By default it starts its own Redis and server on loopback and stops them after.
/// </summary>
public static class LoadTestCommand
{
    // Connecting, draining and stopping on top of the phases themselves; the run ends by this deadline whatever happens.
    private static readonly TimeSpan Overhead = TimeSpan.FromMinutes(3);

    public static Command Create()
    {
        var vehicles = new Option<int>("--vehicles") { Description = "Simulated vehicle devices, each on its own hub connection", DefaultValueFactory = _ => 5000 };
        var dispatchers = new Option<int>("--dispatchers") { Description = "Dispatcher clients receiving the pushed positions", DefaultValueFactory = _ => 3 };
        var rate = new Option<int>("--rate") { Description = "Target position reports per second, all devices together", DefaultValueFactory = _ => 20_000 };
        var duration = DurationOption("--duration", "Measured time of the target phase", "30s");
        var warmup = DurationOption("--warmup", "Unmeasured time before each phase", "5s");
        var baselineRate = new Option<int>("--baseline-rate") { Description = "Reports per second of the baseline phase run first (0: none)", DefaultValueFactory = _ => 1000 };
        var baselineDuration = DurationOption("--baseline-duration", "Measured time of the baseline phase", "10s");
        var client = new Option<BenchClient>("--client")
        {
            Description = "Client library of the devices and dispatchers: lean (a WebSocket and Microsoft's MessagePack hub protocol) or signalr (HubConnection)",
            DefaultValueFactory = _ => BenchClient.Lean,
        };
        var reports = new Option<BenchReports>("--reports")
        {
            Description = "How devices send reports: stream (the hub's position stream, answered about once a second) or call (one ReportPosition call each)",
            DefaultValueFactory = _ => BenchReports.Stream,
        };
        var server = new Option<string?>("--server") { Description = "URL of a running server on this machine (default: start one)" };
        var redis = new Option<string?>("--redis") { Description = "Redis configuration of that server (loopback only)" };
        var serverPid = new Option<int?>("--server-pid") { Description = "Process id of that server, for its CPU and memory" };
        var signingKey = new Option<string?>("--signing-key") { Description = "That server's Auth:SigningKey, to mint device tokens (default: Auth__SigningKey)" };
        var region = new Option<string?>("--region") { Description = "region.json whose vehicles the running server knows; copied when the bench starts its own server (default: the bundled region)" };

        var command = new Command("loadtest", "Load benchmark of the vehicle position path: devices → hub → Redis → dispatchers")
        {
            vehicles, dispatchers, rate, duration, warmup, baselineRate, baselineDuration, client, reports, server, redis, serverPid, signingKey, region,
        };
        command.SetAction(async (parse, ct) =>
        {
            var settings = new LoadTestSettings(parse.GetValue(vehicles), parse.GetValue(dispatchers), parse.GetValue(rate),
                parse.GetValue(duration), parse.GetValue(warmup), parse.GetValue(baselineRate), parse.GetValue(baselineDuration), parse.GetValue(client),
                parse.GetValue(reports));
            if (settings.Problem() is { } problem) return Fail(problem);
            var regionFile = parse.GetValue(region) ?? Region.FindBundled();
            if (regionFile is null) return Fail("No region found; pass --region path/to/region.json.");

            var budget = settings.Warmup * 2 + settings.Duration + settings.BaselineDuration + Overhead;
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(budget);

            OwnDeployment? own = null;
            try
            {
                LoadTarget target;
                if (parse.GetValue(server) is { } url)
                {
                    var redisConfiguration = parse.GetValue(redis) ?? "127.0.0.1:6379";
                    if (LoadTarget.LoopbackProblem(url, redisConfiguration) is { } where) return Fail(where);
                    var key = parse.GetValue(signingKey) ?? Environment.GetEnvironmentVariable("Auth__SigningKey");
                    if (string.IsNullOrEmpty(key)) return Fail("--signing-key (or Auth__SigningKey) is required to mint device tokens for a running server.");
                    var loaded = Region.Load(regionFile);
                    var known = VehicleRegistry.Load(loaded).All.Select(v => v.Id).Order(StringComparer.Ordinal).ToList();
                    if (known.Count < settings.Vehicles) Console.WriteLine($"The region has {known.Count} vehicles; using that many devices.");
                    target = new LoadTarget(url.TrimEnd('/'), redisConfiguration, key, known, loaded.Definition.Bounds, parse.GetValue(serverPid));
                }
                else
                {
                    own = await OwnDeployment.StartAsync(regionFile, settings.Vehicles, Console.Out, deadline.Token);
                    target = own.Target;
                }
                var result = await LoadRun.RunAsync(target, settings with { Vehicles = Math.Min(settings.Vehicles, target.VehicleIds.Count) }, Console.Out, deadline.Token);
                LoadReport.Print(result, settings, Console.Out);
                return result.Consistent ? 0 : 2;
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return Fail($"The run did not finish within its {budget.TotalMinutes:F0}-minute budget and was stopped.");
            }
            finally
            {
                if (own is not null) await own.DisposeAsync();
            }
        });
        return command;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    private static Option<TimeSpan> DurationOption(string name, string description, string fallback) => new(name)
    {
        Description = description + " (e.g. 30s, 500ms, 2m)",
        DefaultValueFactory = _ => ParseDuration(fallback),
        CustomParser = r => ParseDuration(r.Tokens.Single().Value),
    };

    internal static TimeSpan ParseDuration(string text)
    {
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? TimeSpan.FromSeconds(value * unit)
            : throw new FormatException($"'{text}' is not a duration such as 30s, 500ms or 2m.");
    }
}
