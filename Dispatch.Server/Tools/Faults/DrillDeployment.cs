using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Dispatch.Server.Tools.Faults;

/// <summary>
/// What the fault drill hurts: a throwaway redis-server (AOF, fsync on every write) and several instances of this
/// server on free loopback ports, sharing that Redis and one signing key. Disposing kills them and deletes their folder.
/// </summary>
public sealed class DrillDeployment : IFaultTarget, IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dispatch-fault-drill-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    private readonly string _region;
    private readonly int _redisPort = FreeLoopbackPort();
    private readonly int[] _serverPorts;
    private readonly Process?[] _servers;
    private Process? _redis;

    private DrillDeployment(string region, int servers)
    {
        _region = Path.GetFullPath(region);
        _serverPorts = Enumerable.Range(0, servers).Select(_ => FreeLoopbackPort()).ToArray();
        _servers = new Process?[servers];
        Directory.CreateDirectory(Path.Combine(_folder, "redis"));
    }

    public string RedisConfiguration => $"127.0.0.1:{_redisPort},abortConnect=false,connectTimeout=1000,syncTimeout=2000";
    public IReadOnlyList<string> ServerUrls => _serverPorts.Select(p => $"http://127.0.0.1:{p}").ToList();
    public int Servers => _servers.Length;

    public static async Task<DrillDeployment> StartAsync(string region, int servers)
    {
        var deployment = new DrillDeployment(region, servers);
        try
        {
            await deployment.RestartRedisAsync();
            await Task.WhenAll(Enumerable.Range(0, servers).Select(deployment.RestartServerAsync));
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    public void KillServer(int index) => Kill(_servers[index]);

    public async Task RestartServerAsync(int index)
    {
        for (var attempt = 1; ; attempt++)
        {
            Kill(_servers[index]);
            _servers[index] = StartServer(_serverPorts[index]);
            try
            {
                await HealthyAsync(ServerUrls[index], _servers[index]!);
                return;
            }
            catch (Exception) when (attempt < 3)
            {
                // A server starting while Redis is paused or restarting may give up; start it again, as ops would.
            }
        }
    }

    public void PauseRedis() => Signal(19);
    public void ResumeRedis() => Signal(18);

    public async Task RestartRedisAsync()
    {
        Kill(_redis);
        _redis = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", _redisPort.ToString(), "--bind", "127.0.0.1", "--protected-mode", "yes", "--dir", Path.Combine(_folder, "redis"),
             "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--logfile", Path.Combine(_folder, "redis.log")])
        { UseShellExecute = false }) ?? throw new InvalidOperationException("Could not start redis-server; install it (apt-get install redis-server).");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _redisPort);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    private Process StartServer(int port)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Dispatch.Server.dll");
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet") start.ArgumentList.Add(dll);
        foreach (var a in new[] { "serve", "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        start.Environment["Redis__Configuration"] = $"127.0.0.1:{_redisPort}";
        start.Environment["Region__Path"] = _region;
        start.Environment["Auth__SigningKey"] = _signingKey;
        start.Environment["Auth__LoginAttemptsPerMinute"] = "1000";
        start.Environment["Referrals__AutoMatch"] = "false";
        start.Environment["Calls__AutoDispatchTransports"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        var log = Path.Combine(_folder, $"server-{port}.log");
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (_folder) File.AppendAllText(log, line + "\n"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (_folder) File.AppendAllText(log, line + "\n"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task HealthyAsync(string url, Process process)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(3) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server at {url} exited at start.");
            try
            {
                using var health = await http.GetAsync("/health");
                if (health.IsSuccessStatusCode) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The server at {url} did not become healthy in 120 s.");
            await Task.Delay(200);
        }
    }

    private void Signal(int signal)
    {
        if (_redis is { HasExited: false } p && kill(p.Id, signal) != 0)
            throw new InvalidOperationException($"Could not send signal {signal} to redis-server {p.Id}.");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private static void Kill(Process? process)
    {
        if (process is not { HasExited: false }) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is { HasExited: false }) Signal(18);
        foreach (var p in _servers.Append(_redis)) Kill(p);
        await Task.Yield();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
