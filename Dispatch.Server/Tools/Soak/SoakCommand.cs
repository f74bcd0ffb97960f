using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Server.Tools.Soak;

/// <summary>
/// <c>soak</c>: runs simulated vehicles reporting positions and referrals through their whole lifecycle against a
/// server for a while, then prints what was done, the errors, the server's memory and anything acknowledged but lost.
/// Starts its own throwaway Redis and server unless given --server. Exit code 0 only with no errors and nothing lost.
/// </summary>
public static class SoakCommand
{
    public static Command Create()
    {
        var server = new Option<string?>("--server") { Description = "Target this running server (demo region accounts) instead of starting a throwaway one" };
        var duration = new Option<int>("--duration") { Description = "Seconds to run", DefaultValueFactory = _ => 60 };
        var vehicles = new Option<int>("--vehicles") { Description = "Vehicles reporting positions (of the demo region's 16)", DefaultValueFactory = _ => 8 };
        var interval = new Option<int>("--interval-ms") { Description = "Position report interval per vehicle", DefaultValueFactory = _ => 250 };
        var crews = new Option<int>("--referral-crews") { Description = "Referrals carried in parallel, one crew each", DefaultValueFactory = _ => 4 };
        var command = new Command("soak", "Sustained positions and referral lifecycles; reports errors, memory growth and lost acknowledged writes")
            { server, duration, vehicles, interval, crews };
        command.SetAction(async (parse, ct) =>
        {
            var options = new SoakOptions(parse.GetValue(duration), Math.Clamp(parse.GetValue(vehicles), 0, 16),
                TimeSpan.FromMilliseconds(Math.Max(10, parse.GetValue(interval))), Math.Clamp(parse.GetValue(crews), 0, 8));
            var result = await RunAsync(parse.GetValue(server), options, Console.Out, ct);
            Console.WriteLine(result.Report());
            return result.Passed ? 0 : 1;
        });
        return command;
    }

    public sealed record SoakOptions(int DurationSeconds, int Vehicles, TimeSpan Interval, int ReferralCrews);

    public sealed record SoakResult(SoakOptions Options, TimeSpan Elapsed, long Operations, long Referrals, long Errors,
        long? MemoryStartBytes, long? MemoryEndBytes, IReadOnlyList<string> Lost, IReadOnlyList<string> RecentErrors)
    {
        public bool Passed => Errors == 0 && Lost.Count == 0;

        public string Report()
        {
            static string Mb(long? b) => b is { } v ? $"{v / 1024.0 / 1024.0:F1} MB" : "n/a (remote server)";
            var lines = new List<string>
            {
                $"soak: {Elapsed.TotalSeconds:F0} s, {Options.Vehicles} vehicles every {Options.Interval.TotalMilliseconds:F0} ms, {Options.ReferralCrews} referral crews",
                $"operations acknowledged: {Operations} ({Operations / Math.Max(1, Elapsed.TotalSeconds):F0}/s), referrals started: {Referrals}",
                $"errors: {Errors}",
                $"server memory (working set): start {Mb(MemoryStartBytes)}, end {Mb(MemoryEndBytes)}, growth " +
                    (MemoryStartBytes is { } s && MemoryEndBytes is { } e ? $"{(e - s) / 1024.0 / 1024.0:+0.0;-0.0} MB" : "n/a"),
                $"lost (acknowledged, missing afterwards): {Lost.Count}",
            };
            lines.AddRange(Lost.Take(10).Select(l => "  lost " + l));
            lines.AddRange(RecentErrors.Take(10).Select(e => "  error " + e));
            return string.Join(Environment.NewLine, lines);
        }
    }

    public static async Task<SoakResult> RunAsync(string? serverUrl, SoakOptions options, TextWriter log, CancellationToken ct)
    {
        // The soak signs in with the demo region's own accounts, so the region is served as it is (no bench fleet).
        await using var stack = serverUrl is null
            ? await Tools.Load.OwnDeployment.StartAsync(Regions.Region.FindBundled() ?? throw new InvalidOperationException("No region found."),
                benchVehicles: null, SoakSettings, log, ct)
            : null;
        var url = (serverUrl ?? stack!.Target.ServerUrl).TrimEnd('/');
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var cast = await SignInAsync(http, ct);
        var acks = new AcknowledgementLog();
        var load = new DispatchLoad(http, url, cast, acks);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var clock = Stopwatch.StartNew();
        var workers = cast.Devices.Keys.Order(StringComparer.Ordinal).Take(options.ReferralCrews)
            .Select(v => Task.Run(() => load.RunReferralsAsync(v, stop.Token)))
            .Concat(cast.Devices.Keys.Order(StringComparer.Ordinal).Skip(options.ReferralCrews).Take(options.Vehicles)
                // Every other device reports call by call; the rest on the position stream, as field devices do.
                .Select((v, i) => Task.Run(() => i % 2 == 0
                    ? load.RunStreamedPositionsAsync(v, options.Interval, stop.Token)
                    : load.RunPositionsAsync(v, options.Interval, stop.Token))))
            .ToList();
        // The memory baseline is taken after a warm-up under load, so start-up allocations do not count as growth.
        var warmup = TimeSpan.FromSeconds(Math.Clamp(options.DurationSeconds / 5.0, 1, 10));
        try { await Task.Delay(warmup, ct); } catch (OperationCanceledException) { }
        var memoryStart = WorkingSet(stack);
        var every = TimeSpan.FromSeconds(Math.Clamp(options.DurationSeconds / 6, 5, 60));
        while (TimeSpan.FromSeconds(options.DurationSeconds) - clock.Elapsed is { TotalMilliseconds: > 100 } remaining && !ct.IsCancellationRequested)
        {
            try { await Task.Delay(remaining < every ? remaining : every, ct); } catch (OperationCanceledException) { break; }
            await log.WriteLineAsync($"  {clock.Elapsed.TotalSeconds:F0} s: {acks.Operations} acknowledged, {acks.Errors} errors");
        }
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var memoryEnd = WorkingSet(stack);
        var lost = await acks.FindLostAsync(http, cast.Dispatcher, CancellationToken.None);
        return new SoakResult(options, elapsed, acks.Operations, acks.Referrals.Count, acks.Errors, memoryStart, memoryEnd, lost, acks.RecentErrors);
    }

    private static readonly Dictionary<string, string> SoakSettings = new()
    {
        ["Auth__LoginAttemptsPerMinute"] = "10000",
        ["Referrals__AutoMatch"] = "false",
    };

    private static long? WorkingSet(Tools.Load.OwnDeployment? stack) => stack?.ServerWorkingSet();

    private static async Task<LoadCast> SignInAsync(HttpClient http, CancellationToken ct)
    {
        async Task<string> As(string user, string password)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { username = user, password }, ct);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
        }
        var devices = new Dictionary<string, string>();
        foreach (var n in Enumerable.Range(1, 12)) devices[$"amb-{n:00}"] = await As($"device.amb-{n:00}", "Device#120");
        foreach (var n in Enumerable.Range(1, 4)) devices[$"ne-{n:00}"] = await As($"device.ne-{n:00}", "Device#120");
        return new LoadCast(await As("doctor.g-01", "Doctor#120"), "g-01", await As("dispatcher", "Dispatch#120"),
            await As("hospital.cd3", "Hospital#120"), "h-4201795163", devices);
    }
}
