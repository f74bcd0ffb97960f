using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Infrastructure;

/// <summary>
/// The real server executable on a free loopback port against a given Redis: the same binary `ops/run` starts,
/// so tests exercise Kestrel, WebSockets, authentication and Redis for real.
/// </summary>
public sealed class DispatchServerProcess : IAsyncDisposable
{
    private Process? _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly Dictionary<string, string> _settings;

    public string Url { get; }
    public string SigningKey { get; }
    public HttpClient Http { get; }

    private DispatchServerProcess(int port, string signingKey, Dictionary<string, string> settings)
    {
        Url = $"http://127.0.0.1:{port}";
        SigningKey = signingKey;
        _settings = settings;
        Http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(30) };
    }

    public static async Task<DispatchServerProcess> StartAsync(RedisServer redis, IDictionary<string, string>? extra = null, string? signingKey = null, int? port = null)
    {
        signingKey ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
        var settings = new Dictionary<string, string>
        {
            ["Redis__Configuration"] = redis.Configuration,
            ["Region__Path"] = RepoPaths.ChengduRegion,
            ["Auth__SigningKey"] = signingKey,
            ["Auth__LoginAttemptsPerMinute"] = "1000",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>()) settings[k.Replace(":", "__")] = v;
        // Every server gets a record store: the database that belongs to its Redis, so instances sharing a Redis
        // share their record too, and no fixture sees another's.
        if (!settings.ContainsKey("Postgres__ConnectionString"))
            settings["Postgres__ConnectionString"] = await RecordDatabaseFor(redis);
        var server = new DispatchServerProcess(port ?? FreePort.Next(), signingKey, settings);
        await server.StartProcessAsync();
        return server;
    }

    /// <summary>The record database that goes with <paramref name="redis"/> in the test run's shared cluster.</summary>
    public static async Task<string> RecordDatabaseFor(RedisServer redis) =>
        await (await PostgresServer.SharedAsync()).DatabaseAsync("t_" + Path.GetFileName(redis.Folder).Replace('-', '_'));

    private async Task StartProcessAsync()
    {
        if (!File.Exists(RepoPaths.ServerDll)) throw new FileNotFoundException("Build the solution first", RepoPaths.ServerDll);
        var start = new ProcessStartInfo("dotnet", [RepoPaths.ServerDll, "serve", "--urls", Url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.ServerDll)!,
        };
        foreach (var (k, v) in _settings) start.Environment[k] = v;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Remember(e.Data);
        _process.ErrorDataReceived += (_, e) => Remember(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        try
        {
            await Poll.UntilAsync(async () =>
            {
                if (_process.HasExited) throw new InvalidOperationException("The server exited at start:\n" + Log);
                using var response = await Http.GetAsync("/health");
                return response.IsSuccessStatusCode;
            }, TimeSpan.FromSeconds(60), $"the server at {Url} to be healthy");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\n" + Log);
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 400) _output.TryDequeue(out _);
    }

    public string Log => string.Join('\n', _output);

    /// <summary>Ends the server without any chance to clean up, like a crash.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false }) { _process.Kill(entireProcessTree: true); _process.WaitForExit(); }
    }

    public Task RestartAsync()
    {
        Kill();
        return StartProcessAsync();
    }

    public async Task<string> SignInAsync(string username, string password)
    {
        using var response = await Http.PostAsJsonAsync("/api/auth/token", new { username, password });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Sign-in as {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public HubConnection Hub(string token) => new HubConnectionBuilder()
        .WithUrl(Url + "/hubs/dispatch", o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
        .Build();

    public async Task<HubConnection> ConnectHubAsync(string token)
    {
        var hub = Hub(token);
        await hub.StartJoinedAsync();
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        Http.Dispose();
        await Task.CompletedTask;
    }
}
