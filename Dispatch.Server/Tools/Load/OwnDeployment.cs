using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// What the bench starts when it is not pointed at a running server: a throwaway redis-server (AOF, fsync on every
/// write, as ops/redis.conf) and this server's own executable on free loopback ports, with a generated region.
/// Disposing kills both and deletes their folder.
/// </summary>
public sealed class OwnDeployment : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _redis;
    private Process? _server;
    private StreamWriter? _serverLog;

    public LoadTarget Target { get; private set; } = null!;
    public string ServerLog => Path.Combine(_folder, "server.log");

    /// <summary>The server's working set now, or null once it has exited.</summary>
    public long? ServerWorkingSet()
    {
        if (_server is not { HasExited: false } p) return null;
        p.Refresh();
        return p.WorkingSet64;
    }

    private OwnDeployment(string folder) => _folder = folder;

    /// <summary>A deployment on a copy of the region whose fleet is replaced by <paramref name="vehicles"/> bench vehicles.</summary>
    public static Task<OwnDeployment> StartAsync(string sourceRegion, int vehicles, TextWriter progress, CancellationToken ct) =>
        StartAsync(sourceRegion, vehicles, settings: null, progress, ct);

    /// <param name="benchVehicles">bench vehicles replacing the region's fleet, or null to serve the region as it is.</param>
    /// <param name="settings">extra server settings (environment variable names, e.g. Referrals__AutoMatch).</param>
    public static async Task<OwnDeployment> StartAsync(string sourceRegion, int? benchVehicles, IReadOnlyDictionary<string, string>? settings,
        TextWriter progress, CancellationToken ct)
    {
        var deployment = new OwnDeployment(Path.Combine(Path.GetTempPath(), "dispatch-loadtest-" + Guid.NewGuid().ToString("N")[..8]));
        try
        {
            await deployment.StartProcessesAsync(sourceRegion, benchVehicles, settings ?? new Dictionary<string, string>(), progress, ct);
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessesAsync(string sourceRegion, int? benchVehicles, IReadOnlyDictionary<string, string> settings,
        TextWriter progress, CancellationToken ct)
    {
        var vehicles = benchVehicles ?? 0;
        var region = benchVehicles is null ? Path.GetFullPath(sourceRegion) : BenchRegion.Create(sourceRegion, Path.Combine(_folder, "region"), vehicles);
        var redisPort = FreeLoopbackPort();
        Directory.CreateDirectory(Path.Combine(_folder, "redis"));
        progress.WriteLine($"Starting redis-server on 127.0.0.1:{redisPort} (appendonly yes, appendfsync always)…");
        _redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--protected-mode", "yes", "--dir", Path.Combine(_folder, "redis"),
             "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--logfile", Path.Combine(_folder, "redis.log")])
        { UseShellExecute = false }) ?? throw new InvalidOperationException("Could not start redis-server; install it (apt-get install redis-server).");

        var serverPort = FreeLoopbackPort();
        var url = $"http://127.0.0.1:{serverPort}";
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var dll = Path.Combine(AppContext.BaseDirectory, "Dispatch.Server.dll");
        // Run as this process runs: through the dotnet host, or the apphost directly.
        var host = Environment.ProcessPath ?? "dotnet";
        var viaDotnet = Path.GetFileNameWithoutExtension(host) == "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (viaDotnet) start.ArgumentList.Add(dll);
        foreach (var a in new[] { "serve", "--urls", url }) start.ArgumentList.Add(a);
        start.Environment["Redis__Configuration"] = $"127.0.0.1:{redisPort}";
        start.Environment["Region__Path"] = region;
        start.Environment["Auth__SigningKey"] = signingKey;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning";
        foreach (var (name, value) in settings) start.Environment[name] = value;
        progress.WriteLine($"Starting the server on {url} with {vehicles} generated vehicles…");
        _server = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var log = _serverLog = new StreamWriter(ServerLog) { AutoFlush = true };
        _server.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.WriteLine(line); };
        _server.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.WriteLine(line); };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            if (_server.HasExited) throw new InvalidOperationException($"The server exited at start; see {ServerLog}.");
            try
            {
                using var health = await http.GetAsync("/health", ct);
                if (health.IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The server did not become healthy in 90 s; see {ServerLog}.");
            await Task.Delay(200, ct);
        }
        Target = new LoadTarget(url, $"127.0.0.1:{redisPort}", signingKey,
            Enumerable.Range(0, vehicles).Select(BenchRegion.VehicleId).ToList(), Regions.Region.Load(region).Definition.Bounds, _server.Id);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in new[] { _server, _redis })
        {
            if (p is null) continue;
            try
            {
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                await p.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException) { }
            p.Dispose();
        }
        if (_serverLog is { } log) lock (log) log.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
