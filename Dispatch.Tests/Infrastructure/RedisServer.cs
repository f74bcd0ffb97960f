using System.Diagnostics;
using StackExchange.Redis;

namespace Dispatch.Tests.Infrastructure;

/// <summary>A real, throwaway redis-server on a free loopback port with AOF on, in its own temporary folder.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;
    public int Port { get; }
    public string Folder { get; }
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false";

    private RedisServer(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public static async Task<RedisServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dispatch-tests", "redis-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new RedisServer(FreePort.Next(), folder);
        await server.StartProcessAsync();
        return server;
    }

    private async Task StartProcessAsync()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", Folder, "--save", "",
             "--appendonly", "yes", "--appendfsync", "always", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start redis-server; is it installed (apt-get install redis-server)?");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        await Poll.UntilAsync(async () =>
        {
            await using var mux = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{Port},connectTimeout=500");
            return mux.IsConnected && (await mux.GetDatabase().PingAsync()) >= TimeSpan.Zero;
        }, TimeSpan.FromSeconds(15), $"redis-server on port {Port}");
    }

    public Task<ConnectionMultiplexer> ConnectAsync() => ConnectionMultiplexer.ConnectAsync(Configuration);

    /// <summary>Stops Redis abruptly (no save), as a crash or power loss would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false }) { _process.Kill(); _process.WaitForExit(); }
    }

    /// <summary>SIGSTOP: Redis keeps its connections open and answers nothing, like a machine that froze.</summary>
    public void Pause() => Signal(19);

    /// <summary>SIGCONT: Redis carries on with whatever queued up meanwhile.</summary>
    public void Resume() => Signal(18);

    private void Signal(int signal)
    {
        if (_process is { HasExited: false } p && kill(p.Id, signal) != 0)
            throw new InvalidOperationException($"Could not send signal {signal} to redis-server {p.Id}.");
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    /// <summary>Starts Redis again on the same port and folder, so it replays its append-only file.</summary>
    public Task RestartAsync()
    {
        Kill();
        return StartProcessAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        await Task.Yield();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
