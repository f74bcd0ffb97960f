using Npgsql;

namespace Dispatch.Server.Records.Store;

/// <summary>
/// Creates the record database if it is missing and applies the migrations, retrying in the background while
/// PostgreSQL cannot be reached: the live (Redis) side of the server never waits for it.
/// </summary>
public sealed class RecordStoreStarter(
    RecordDatabaseCreator creator, MigrationRunner runner, RecordStoreReadiness readiness,
    IReadOnlyList<Migration> migrations, IConfiguration config, ILogger<RecordStoreStarter> log) : BackgroundService
{
    private readonly TimeSpan _retry = TimeSpan.FromSeconds(config.GetValue("Postgres:RetrySeconds", 2.0));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await creator.EnsureExistsAsync(stoppingToken);
                await runner.ApplyAsync(stoppingToken);
                readiness.MarkReady(migrations.Count == 0 ? 0 : migrations[^1].Version);
                log.LogInformation("Record store ready at schema {Version:D4}", readiness.SchemaVersion);
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException && !stoppingToken.IsCancellationRequested)
            {
                readiness.MarkFailed(e.Message);
                // One warning, then quiet retries: an outage must not flood the log.
                if (!warned) log.LogWarning("Record store not reachable yet ({Error}); live features run, record features wait", e.Message);
                warned = true;
            }
            await Task.Delay(_retry, stoppingToken);
        }
    }
}
