using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Dispatch.Server.Records.Store;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dispatch.Server.Tools.Bench.Store;

/// <summary>
/// A PostgreSQL 15 cluster of the benchmark's own, in a temporary folder on a loopback port, with the record store's
/// real schema applied by the server's own migration runner. Runs as the postgres user when started as root (PostgreSQL
/// refuses root). Durability is switched off (fsync, synchronous commit): it speeds up loading and changes no read.
/// Disposing stops it and deletes its folder.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private static readonly bool AsRoot = Environment.UserName == "root";
    private readonly string _folder;
    private Process? _process;

    public int Port { get; }
    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }
    private string DataDir => Path.Combine(_folder, "data");

    private ThrowawayPostgres(string folder, int port)
    {
        _folder = folder;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "dispatch", Timeout = 10, CommandTimeout = 0, MaxPoolSize = 20,
        }.ConnectionString;
        DataSource = new NpgsqlDataSourceBuilder(ConnectionString).Build();
    }

    /// <param name="port">loopback port, or 0 for a free one.</param>
    public static async Task<ThrowawayPostgres> StartAsync(int port, TextWriter progress, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dispatch-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var pg = new ThrowawayPostgres(folder, port == 0 ? FreeLoopbackPort() : port);
        try
        {
            if (AsRoot) await RunAsync(ct, "chown", "-R", "postgres:postgres", folder);
            await RunAsync(ct, AsPostgres($"{Bin}/initdb", "-D", pg.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            progress.WriteLine($"Starting PostgreSQL 15 on 127.0.0.1:{pg.Port}…");
            await pg.StartProcessAsync(ct);
            await using (var admin = new NpgsqlConnection(pg.ConnectionString.Replace("Database=dispatch", "Database=postgres") + ";Pooling=false"))
            {
                await admin.OpenAsync(ct);
                await using var create = new NpgsqlCommand("CREATE DATABASE dispatch", admin);
                await create.ExecuteNonQueryAsync(ct);
            }
            var migrations = Migration.FromAssembly(typeof(MigrationRunner).Assembly);
            await new MigrationRunner(pg.DataSource, migrations, NullLogger<MigrationRunner>.Instance).ApplyAsync(ct);
            return pg;
        }
        catch
        {
            await pg.DisposeAsync();
            throw;
        }
    }

    private async Task StartProcessAsync(CancellationToken ct)
    {
        // The loop stops PostgreSQL when this process is gone, however it went, so a killed benchmark leaves nothing running.
        var parent = Environment.ProcessId;
        var script = $"{Bin}/postgres -D '{DataDir}' -p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{_folder}' " +
                     "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB -c maintenance_work_mem=256MB " +
                     "-c autovacuum=off & pg=$!; trap 'kill -INT $pg; wait $pg; exit 0' TERM INT; " +
                     $"while kill -0 $pg 2>/dev/null && [ -d /proc/{parent} ]; do sleep 1; done; kill -INT $pg 2>/dev/null; wait $pg";
        var start = new ProcessStartInfo(AsRoot ? "runuser" : "bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in AsRoot ? ["-u", "postgres", "--", "bash", "-c", script] : new[] { "-c", script }) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start PostgreSQL; is postgresql-15 installed?");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await using var conn = new NpgsqlConnection(ConnectionString.Replace("Database=dispatch", "Database=postgres") + ";Pooling=false");
                await conn.OpenAsync(ct);
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    /// <summary>Runs one statement on its own connection (loading steps, index builds, ANALYZE).</summary>
    public async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var conn = await DataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string[] AsPostgres(params string[] command) => AsRoot ? ["runuser", "-u", "postgres", "--", .. command] : command;

    private static async Task RunAsync(CancellationToken ct, params string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command[1..]) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var output = p.StandardOutput.ReadToEndAsync(ct);
        var error = await p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        await output;
        if (p.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', command)} failed ({p.ExitCode}): {error}");
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_process is { HasExited: false } p)
        {
            try { await RunAsync(CancellationToken.None, AsPostgres($"{Bin}/pg_ctl", "stop", "-D", DataDir, "-m", "fast", "-w", "-t", "30")); }
            catch (InvalidOperationException) { }

            try { p.Kill(entireProcessTree: true); await p.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10)); }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException) { }
        }
        _process?.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
