using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Dispatch.Server.Records.Store;

/// <summary>
/// PostgreSQL reachability and schema. Degraded, not unhealthy, when it is down: the live dispatch work runs on
/// Redis and must stay in the load balancer's rotation; only the record waits.
/// </summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource db, RecordStoreReadiness readiness) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await using var conn = await db.OpenConnectionAsync(timeout.Token);
            await conn.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: timeout.Token));
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            return readiness.IsReady
                ? HealthCheckResult.Healthy($"PostgreSQL reachable ({ms:F1} ms), schema {readiness.SchemaVersion:D4}")
                : HealthCheckResult.Degraded($"PostgreSQL reachable ({ms:F1} ms), schema not applied yet");
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return HealthCheckResult.Degraded("PostgreSQL unreachable: the record waits, live dispatch continues");
        }
    }
}
