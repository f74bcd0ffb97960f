using Dapper;
using Dispatch.Server.Records.Store;
using Npgsql;

namespace Dispatch.Server.Records.Tracks;

/// <summary>
/// Keeps the track store bounded: prepares next month's partition ahead of time, and thins points older than a
/// week to the first point of every 10 s of each mission (enough to replay the road taken). Whole months past
/// <c>Records:TrackMonths</c> are dropped as a partition, without a row-by-row delete.
/// </summary>
public sealed class TrackKeeper(NpgsqlDataSource db, RecordStoreReadiness readiness, IConfiguration config, ILogger<TrackKeeper> log) : BackgroundService
{
    private readonly int _months = config.GetValue("Records:TrackMonths", 24);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (readiness.IsReady) await KeepAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                log.LogWarning("Track upkeep failed, retrying in an hour: {Error}", e.Message);
            }
            await Task.Delay(readiness.IsReady ? TimeSpan.FromHours(1) : TimeSpan.FromSeconds(30), stoppingToken).ContinueWith(_ => { });
        }
    }

    public async Task KeepAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await conn.ExecuteAsync(new CommandDefinition("""
            DO $$
            DECLARE m date;
            BEGIN
              FOR i IN 0..1 LOOP
                m := (date_trunc('month', now()) + make_interval(months => i))::date;
                EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF mission_positions FOR VALUES FROM (%L) TO (%L)',
                  'mission_positions_' || to_char(m, 'YYYYMM'), m, (m + interval '1 month')::date);
              END LOOP;
            END $$;
            """, cancellationToken: ct));
        var thinned = await conn.ExecuteAsync(new CommandDefinition("""
            DELETE FROM mission_positions p
            WHERE p.at < now() - interval '7 days' AND p.at >= now() - interval '14 days'
              AND EXISTS (SELECT 1 FROM mission_positions q
                          WHERE q.case_id = p.case_id AND q.vehicle_id = p.vehicle_id
                            AND q.at < p.at AND q.at >= date_bin('10 seconds', p.at, timestamptz 'epoch'))
            """, commandTimeout: 600, cancellationToken: ct));
        var cutoff = DateTime.UtcNow.AddMonths(-_months);
        var old = await conn.QueryAsync<string>(new CommandDefinition("""
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class parent ON parent.oid = i.inhparent
            WHERE parent.relname = 'mission_positions' AND c.relname ~ '^mission_positions_[0-9]{6}$' AND c.relname < @Oldest
            """, new { Oldest = $"mission_positions_{cutoff:yyyyMM}" }, cancellationToken: ct));
        foreach (var partition in old)
            await conn.ExecuteAsync(new CommandDefinition($"DROP TABLE \"{partition}\"", cancellationToken: ct));
        if (thinned > 0) log.LogInformation("Thinned {Count} week-old track points", thinned);
    }
}
