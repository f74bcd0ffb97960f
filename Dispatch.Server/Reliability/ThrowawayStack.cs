using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Dispatch.Server.Reliability;

/// <summary>
/// A private Redis (AOF, appendfsync always) and this server executable on free loopback ports, in a temporary
/// folder, for a soak run that needs no running system. Everything is stopped and deleted on dispose.
/// </summary>
public sealed class ThrowawayStack : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _redis;

    public Process? Server { get; private set; }
    public string Url { get; }

    private ThrowawayStack(string folder, string url)
    {
        _folder = folder;
        Url = url;
    }

    public static async Task<ThrowawayStack> StartAsync(TextWriter log, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dispatch-soak-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var redisPort = FreePort();
        var stack = new ThrowawayStack(folder, $"http://127.0.0.1:{FreePort()}");
        stack._redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "yes", "--appendfsync", "always"])
        { RedirectStandardOutput = true }) ?? throw new InvalidOperationException("Could not start redis-server; install it (apt-get install redis-server).");
        stack._redis.BeginOutputReadLine();

        // The same executable, as `serve`: the soak measures the real server, not an in-process copy.
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var start = new ProcessStartInfo(host, [typeof(ThrowawayStack).Assembly.Location, "serve", "--urls", stack.Url]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = AppContext.BaseDirectory;
        start.Environment["Redis__Configuration"] = $"127.0.0.1:{redisPort}";
        start.Environment["Auth__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        start.Environment["Auth__LoginAttemptsPerMinute"] = "10000";
        start.Environment["Referrals__AutoMatch"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        stack.Server = Process.Start(start)!;
        stack.Server.OutputDataReceived += (_, _) => { };
        stack.Server.ErrorDataReceived += (_, e) => { if (e.Data is { } line) log.WriteLine("server: " + line); };
        stack.Server.BeginOutputReadLine();
        stack.Server.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = new Uri(stack.Url), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            if (stack.Server.HasExited) throw new InvalidOperationException("The server exited at start.");
            try
            {
                using var health = await http.GetAsync("/health", ct);
                if (health.IsSuccessStatusCode) return stack;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server did not become healthy within 90 s.");
            await Task.Delay(250, ct);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in new[] { Server, _redis })
        {
            if (p is { HasExited: false }) { p.Kill(entireProcessTree: true); await p.WaitForExitAsync(); }
            p?.Dispose();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
