using Dapper;
using Npgsql;

namespace Dispatch.Server.Records.Store;

/// <summary>
/// Brings the record database up to the newest schema. Instances starting together queue on one advisory lock,
/// so each step runs once; each step and its row in <c>schema_migrations</c> commit together or not at all.
/// </summary>
public sealed class MigrationRunner(NpgsqlDataSource db, IReadOnlyList<Migration> migrations, ILogger<MigrationRunner> log)
{
    // Any constant both sides agree on; "DSPM" (Dispatch schema migrations) in ASCII.
    private const long LockKey = 0x4453504D;

    /// <returns>the versions this call applied (empty when the schema was already current).</returns>
    public async Task<IReadOnlyList<int>> ApplyAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, commandTimeout: 0, cancellationToken: ct));
        try
        {
            await conn.ExecuteAsync(new CommandDefinition("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                  version integer PRIMARY KEY,
                  name text NOT NULL,
                  applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken: ct));
            var applied = (await conn.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: ct))).ToHashSet();
            var done = new List<int>();
            foreach (var m in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await conn.BeginTransactionAsync(ct);
                await conn.ExecuteAsync(new CommandDefinition(m.Sql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
                await conn.ExecuteAsync(new CommandDefinition("INSERT INTO schema_migrations (version, name) VALUES (@Version, @Name)",
                    new { m.Version, m.Name }, tx, cancellationToken: ct));
                await tx.CommitAsync(ct);
                log.LogInformation("Applied record schema migration {Version:D4} {Name}", m.Version, m.Name);
                done.Add(m.Version);
            }
            return done;
        }
        finally
        {
            await conn.ExecuteAsync("SELECT pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }
}
