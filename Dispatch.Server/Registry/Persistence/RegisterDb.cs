using Dapper;
using Npgsql;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>The register's connections come from the record store's data source; Dapper matches snake_case columns.</summary>
public sealed class RegisterDb
{
    static RegisterDb() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public RegisterDb(NpgsqlDataSource dataSource) => DataSource = dataSource;

    public NpgsqlDataSource DataSource { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct = default) => DataSource.OpenConnectionAsync(ct);
}
