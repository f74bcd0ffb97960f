using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dispatch.Server.Tools.Load;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Console;

/// <summary>
/// 2,000 vehicle devices reporting once a second (the `loadtest` verb, real hub connections) and the dispatcher map in
/// Chromium: every vehicle is shown and keeps moving. Frame times are measured and printed (ops/BENCHMARKS.md, "Console"),
/// never asserted: a shared 2-core machine makes any threshold flaky.
/// </summary>
[Category("Load")]
public sealed class DispatcherMapKeepsUpWithTwoThousandVehicles : ConsoleFixture
{
    private const int Vehicles = 2000;
    private string? _regionFolder;

    protected override IDictionary<string, string>? Settings
    {
        get
        {
            _regionFolder ??= Path.Combine(Path.GetTempPath(), "dispatch-console-load-" + Guid.NewGuid().ToString("N")[..8]);
            return new Dictionary<string, string> { ["Region:Path"] = BenchRegion.Create(RepoPaths.ChengduRegion, _regionFolder, Vehicles) };
        }
    }

    [OneTimeTearDown]
    public void RemoveRegion()
    {
        if (_regionFolder is not null && Directory.Exists(_regionFolder)) Directory.Delete(_regionFolder, recursive: true);
    }

    [Test]
    public async Task Every_one_of_2000_vehicles_reporting_each_second_is_shown_and_keeps_moving()
    {
        await using var devices = DevicesProcess.Start(Server, Redis, Path.Combine(_regionFolder!, "region.json"));

        await SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        await Expect(Page.Locator(".conn[data-state=connected]")).ToBeVisibleAsync();
        await Page.WaitForFunctionAsync($"() => window.dispatchConsole?.vehicleCount() === {Vehicles}");
        await Page.WaitForFunctionAsync(PositionedCount + $" === {Vehicles}", null, new() { Timeout = 120_000, PollingInterval = 500 });

        var before = await Page.EvaluateAsync<JsonElement>(Positions);
        var frames = await Page.EvaluateAsync<double[]>(MeasureFrames, 10_000);
        var after = await Page.EvaluateAsync<JsonElement>(Positions);

        var shown = after.EnumerateObject().Count(p => p.Value.ValueKind == JsonValueKind.Array);
        var moved = after.EnumerateObject().Count(p => p.Value.ValueKind == JsonValueKind.Array
            && before.TryGetProperty(p.Name, out var b) && b.ValueKind == JsonValueKind.Array && b[0].GetDouble() != p.Value[0].GetDouble());
        Array.Sort(frames);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Console frames over 10 s with {Vehicles} vehicles at 1 report/s: {frames.Length} frames, p50 {Percentile(frames, 0.50):F1} ms, p95 {Percentile(frames, 0.95):F1} ms, p99 {Percentile(frames, 0.99):F1} ms, max {frames[^1]:F1} ms; {moved} moved."));
        await Browser.ScreenshotAsync(Page, "dispatcher-2000-vehicles");

        Assert.That(shown, Is.EqualTo(Vehicles), "vehicles with a position on the map");
        Assert.That(moved, Is.EqualTo(Vehicles), "vehicles that moved during the 10 s window\n" + devices.Log);
        Assert.That(frames, Is.Not.Empty, "the page painted frames while the positions streamed");
        AssertNoBrowserErrors();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static readonly string Ids = $"Array.from({{ length: {Vehicles} }}, (_, i) => 'bench-' + String(i + 1).padStart(5, '0'))";
    private static readonly string PositionedCount = $"() => {Ids}.filter((id) => window.dispatchConsole?.vehicle(id)).length";
    private static readonly string Positions = $"() => Object.fromEntries({Ids}.map((id) => {{ const v = window.dispatchConsole?.vehicle(id); return [id, v ? [v.lon, v.lat] : null]; }}))";

    /// <summary>Time between animation frames, in ms, for the given duration.</summary>
    private const string MeasureFrames = """
        (ms) => new Promise((resolve) => {
          const deltas = [];
          let last = performance.now();
          const end = last + ms;
          const frame = (now) => {
            deltas.push(now - last);
            last = now;
            if (now < end) requestAnimationFrame(frame); else resolve(deltas);
          };
          requestAnimationFrame(frame);
        })
        """;

    /// <summary>The `loadtest` verb against this fixture's server: one hub connection per bench vehicle, 1 report/s each.</summary>
    private sealed class DevicesProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _output = new();

        private DevicesProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output.Enqueue(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        public string Log => string.Join('\n', _output.TakeLast(40));

        public static DevicesProcess Start(DispatchServerProcess server, RedisServer redis, string region)
        {
            // Longer than the test needs; the test stops it when done.
            var start = new ProcessStartInfo("dotnet",
            [
                RepoPaths.ServerDll, "loadtest", "--server", server.Url, "--redis", $"127.0.0.1:{redis.Port}", "--signing-key", server.SigningKey,
                "--region", region, "--vehicles", Vehicles.ToString(CultureInfo.InvariantCulture), "--rate", Vehicles.ToString(CultureInfo.InvariantCulture),
                "--dispatchers", "1", "--baseline-rate", "0", "--warmup", "1s", "--duration", "3m",
            ])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            return new DevicesProcess(Process.Start(start)!);
        }

        public ValueTask DisposeAsync()
        {
            if (!_process.HasExited) { _process.Kill(entireProcessTree: true); _process.WaitForExit(); }
            _process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
