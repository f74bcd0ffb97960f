using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace Dispatch.Tests.Infrastructure;

/// <summary>
/// A real, throwaway PostgreSQL 15 cluster in a temporary folder on a free loopback port. One is shared by the whole
/// test run (<see cref="SharedAsync"/>), each fixture getting fresh databases in it; fault tests start their own to
/// stop and restart. Runs as the postgres user when the tests run as root (PostgreSQL refuses root), and dies with
/// the test process even when that process is killed.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync());
    private static readonly bool AsRoot = Environment.UserName == "root";

    private Process? _process;
    private readonly ConcurrentDictionary<string, Task<string>> _databases = new();

    public int Port { get; }
    public string Folder { get; }
    private string DataDir => Path.Combine(Folder, "data");

    private PostgresServer(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    /// <summary>The cluster of this test run, started on first use.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    /// <summary>A cluster of the caller's own, for tests that stop PostgreSQL.</summary>
    public static async Task<PostgresServer> StartAsync(int? port = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dispatch-tests", "pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var server = new PostgresServer(port ?? FreePort.Next(), folder);
        if (AsRoot) await RunAsync("chown", "-R", "postgres:postgres", folder);
        await RunAsync(AsPostgres($"{Bin}/initdb", "-D", server.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
        await server.StartProcessAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Kill();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return server;
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Timeout = 5 }.ConnectionString;

    /// <summary>A database made for <paramref name="name"/> on first ask (the same one after), as a connection string.</summary>
    public Task<string> DatabaseAsync(string name) => _databases.GetOrAdd(name, async n =>
    {
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{n}\"", conn);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(n);
    });

    /// <summary>A fresh database with a unique name.</summary>
    public Task<string> FreshDatabaseAsync() => DatabaseAsync("t_" + Guid.NewGuid().ToString("N")[..12]);

    private async Task StartProcessAsync()
    {
        Launch();
        try
        {
            await Poll.UntilAsync(async () =>
            {
                // After a crash the last backends of the killed instance can hold its shared memory a moment longer, and
                // the new postmaster refuses to start beside them: it is started again once they are gone.
                if (_process!.HasExited)
                {
                    ForgetDeadPostmaster();
                    Launch();
                    return false;
                }
                await using var conn = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
                await conn.OpenAsync();
                return true;
            }, TimeSpan.FromSeconds(60), $"PostgreSQL on port {Port}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + "\n" + string.Join("\n", _log.TakeLast(20)), e);
        }
    }

    private readonly ConcurrentQueue<string> _log = new();

    private void Launch()
    {
        // The watchdog loop ends PostgreSQL when the test process is gone, however it went. A stopped postmaster (SIGSTOP)
        // never acts on its shutdown signal, and one was found left behind stopped after a run: it is woken first.
        var parent = Environment.ProcessId;
        var script = $"{Bin}/postgres -D '{DataDir}' -p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{Folder}' " +
                     "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=32MB & pg=$!; " +
                     "trap 'kill -CONT $pg; kill -INT $pg; wait $pg; exit 0' TERM INT; " +
                     $"while kill -0 $pg 2>/dev/null && [ -d /proc/{parent} ]; do sleep 1; done; kill -CONT $pg 2>/dev/null; kill -INT $pg 2>/dev/null; wait $pg";
        var start = new ProcessStartInfo(AsRoot ? "runuser" : "bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in AsRoot ? ["-u", "postgres", "--", "bash", "-c", script] : new[] { "-c", script }) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start PostgreSQL; is postgresql-15 installed?");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (sender, e) =>
        {
            if (e.Data is null) return;
            _log.Enqueue(e.Data);
            while (_log.Count > 200) _log.TryDequeue(out _);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Stops PostgreSQL abruptly, every backend with it, as a crash would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            try { _process.Kill(entireProcessTree: true); _process.WaitForExit(); } catch (InvalidOperationException) { }
        }
        NpgsqlConnection.ClearAllPools();
        ForgetDeadPostmaster();
    }

    /// <summary>
    /// A killed postmaster leaves its lock file; while its process is not yet reaped the next start takes it for a
    /// live one and refuses ("lock file postmaster.pid already exists"). Once that process is gone or a zombie, the
    /// file is stale and goes, as PostgreSQL's own crash recovery expects after a reboot.
    /// </summary>
    private void ForgetDeadPostmaster()
    {
        var lockFile = Path.Combine(DataDir, "postmaster.pid");
        if (!File.Exists(lockFile) || !int.TryParse(File.ReadLines(lockFile).FirstOrDefault(), out var pid)) return;
        // Not reaped yet: the start loop comes back here before each new try, within its own deadline.
        if (!Alive(pid)) File.Delete(lockFile);

        static bool Alive(int pid)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
            }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        }
    }

    /// <summary>Starts PostgreSQL again on the same port and data, after crash recovery.</summary>
    public Task RestartAsync()
    {
        Kill();
        return StartProcessAsync();
    }

    private static string[] AsPostgres(params string[] command) => AsRoot ? ["runuser", "-u", "postgres", "--", .. command] : command;

    private static async Task RunAsync(params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command[1..]) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        await output;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', command)} failed ({p.ExitCode}): {error}");
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        await Task.Yield();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
