using Dapper;
using Npgsql;

namespace Dispatch.Server.Records.Store;

/// <summary>Creates the configured database on first start (a fresh cluster has only "postgres"), so `ops/run` needs no extra step.</summary>
public sealed class RecordDatabaseCreator(NpgsqlConnectionStringBuilder target, ILogger<RecordDatabaseCreator> log)
{
    private const string InvalidCatalogName = "3D000";
    private const string DuplicateDatabase = "42P04";

    public async Task EnsureExistsAsync(CancellationToken ct)
    {
        try
        {
            await using var probe = new NpgsqlConnection(target.ConnectionString);
            await probe.OpenAsync(ct);
            return;
        }
        catch (PostgresException e) when (e.SqlState == InvalidCatalogName)
        {
            // Created below from the maintenance database.
        }
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(maintenance.ConnectionString);
        await conn.OpenAsync(ct);
        try
        {
            await conn.ExecuteAsync($"CREATE DATABASE {QuoteIdentifier(target.Database!)}");
            log.LogInformation("Created record database {Database}", target.Database);
        }
        catch (PostgresException e) when (e.SqlState == DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
