using System.Globalization;
using Dapper;
using Dispatch.Server.Registry.Persistence;
using StackExchange.Redis;

namespace Dispatch.Server.Registry.Referrals;

/// <summary>
/// Copies the register's outbox (<see cref="RegisterOutbox"/>) into the person's referral history, oldest first, and
/// removes an entry only once the register has it. Writing is idempotent (one row per referral version), so two
/// servers relaying at once, or a relay that dies after the insert and before the removal, leave exactly one row.
/// </summary>
public sealed class RegisterOutboxRelay(IConnectionMultiplexer redis, RegisterDb db, Records.Store.RecordStoreReadiness readiness, ILogger<RegisterOutboxRelay> log)
    : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan AfterFailure = TimeSpan.FromSeconds(2);
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = Idle;
            try
            {
                // The register's tables come with the record store's migrations; entries wait in the outbox until then.
                if (!readiness.IsReady) wait = AfterFailure;
                else if (await RelayAsync(stoppingToken) == Batch) wait = TimeSpan.Zero;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The entries stay in the outbox and are tried again; no personal data is logged.
                log.LogWarning(e, "Could not copy referral history into the register; trying again");
                wait = AfterFailure;
            }
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>how many entries were copied.</returns>
    public async Task<int> RelayAsync(CancellationToken ct)
    {
        var outbox = redis.GetDatabase();
        var entries = await outbox.StreamRangeAsync(RegisterOutbox.Key, count: Batch);
        if (entries.Length == 0) return 0;
        await using (var connection = await db.OpenAsync(ct))
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            // The entries leave the outbox only once the register holds them on disk, whatever the cluster's default
            // commit mode: an asynchronous commit could vanish in a crash after the outbox forgot them.
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL synchronous_commit TO on", transaction: tx, cancellationToken: ct));
            foreach (var e in entries)
            {
                string F(string name) => (string?)e[name] ?? "";
                await connection.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO register_referral_event (referral_id, version, person_id, at, state, hospital_id, reason)
                    SELECT @Id, @Version, @PersonId, @At, @State, @Hospital, @Reason
                    WHERE EXISTS (SELECT 1 FROM register_person WHERE id = @PersonId)
                    ON CONFLICT (referral_id, version) DO NOTHING
                    """, new
                {
                    Id = F("referral"),
                    Version = long.Parse(F("version"), CultureInfo.InvariantCulture),
                    PersonId = Guid.Parse(F("person")),
                    At = DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(F("at"), CultureInfo.InvariantCulture)).UtcDateTime,
                    State = F("state"),
                    Hospital = F("hospital") is { Length: > 0 } h ? h : null,
                    Reason = F("reason") is { Length: > 0 } r ? r : null,
                }, transaction: tx, cancellationToken: ct));
            }
            await tx.CommitAsync(ct);
        }
        await outbox.StreamDeleteAsync(RegisterOutbox.Key, entries.Select(e => e.Id).ToArray());
        return entries.Length;
    }
}
