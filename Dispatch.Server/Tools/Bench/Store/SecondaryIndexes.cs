using Dapper;

namespace Dispatch.Server.Tools.Bench.Store;

/// <summary>
/// The indexes the schema puts on some tables beyond their primary keys, as the migrations created them: dropped so
/// the baseline runs the same queries without them (and so bulk loading is quick), then rebuilt from the same definitions.
/// </summary>
public sealed class SecondaryIndexes
{
    private readonly ThrowawayPostgres _pg;
    private readonly IReadOnlyList<(string Name, string Definition)> _indexes;

    private SecondaryIndexes(ThrowawayPostgres pg, IReadOnlyList<(string Name, string Definition)> indexes)
    {
        _pg = pg;
        _indexes = indexes;
    }

    public IReadOnlyList<string> Names => _indexes.Select(i => i.Name).ToList();

    /// <summary>Reads the definitions of every index of <paramref name="tables"/> that does not back a constraint.</summary>
    public static async Task<SecondaryIndexes> OfAsync(ThrowawayPostgres pg, string[] tables, CancellationToken ct)
    {
        await using var conn = await pg.DataSource.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Name, string Definition)>(new CommandDefinition("""
            SELECT i.indexname, i.indexdef FROM pg_indexes i
            WHERE i.schemaname = 'public' AND i.tablename = ANY(@tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)
            ORDER BY i.tablename, i.indexname
            """, new { tables }, cancellationToken: ct));
        return new SecondaryIndexes(pg, rows.ToList());
    }

    public async Task DropAsync(CancellationToken ct)
    {
        foreach (var (name, _) in _indexes) await _pg.ExecuteAsync($"DROP INDEX IF EXISTS \"{name}\"", ct);
    }

    /// <returns>how long building them took.</returns>
    public async Task<TimeSpan> CreateAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var (_, definition) in _indexes) await _pg.ExecuteAsync(definition, ct);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }
}
