using Dapper;
using Dispatch.Server.Records.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Dispatch.Server.Records.Projection;

/// <summary>
/// The record's lag behind the live system. Read from the checkpoints every pass rewrites, so each instance reports
/// the same figure whichever of them projects. Degraded (never unhealthy: live dispatch is unaffected) when the
/// last pass is older than <c>Records:ProjectorLagWarnSeconds</c>.
/// </summary>
public sealed class ProjectorHealthCheck(NpgsqlDataSource db, RecordStoreReadiness readiness, ProjectorStatus local, IConfiguration config) : IHealthCheck
{
    private readonly double _warn = config.GetValue("Records:ProjectorLagWarnSeconds", 30.0);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        if (!readiness.IsReady) return HealthCheckResult.Degraded("record store not ready: projection waits, nothing is lost (Redis keeps it)");
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await using var conn = await db.OpenConnectionAsync(timeout.Token);
            var age = await conn.ExecuteScalarAsync<double?>(new CommandDefinition(
                "SELECT extract(epoch FROM now() - max(updated_at)) FROM record_checkpoints", cancellationToken: timeout.Token));
            var data = new Dictionary<string, object>
            {
                ["lagSeconds"] = Math.Round(Math.Max(age ?? 0, local.LagSeconds), 1),
                ["projectingHere"] = local.IsLeader,
                ["casesBehind"] = local.CasesBehind,
            };
            var description = age is null
                ? "no projection pass yet"
                : $"lag {data["lagSeconds"]} s (last pass {age:F1} s ago){(local.IsLeader ? $", {local.CasesBehind} cases behind" : "")}";
            return age is null || age > _warn
                ? HealthCheckResult.Degraded(description, data: data)
                : HealthCheckResult.Healthy(description, data);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Degraded("PostgreSQL unreachable: projection waits, nothing is lost (Redis keeps it)");
        }
    }
}
