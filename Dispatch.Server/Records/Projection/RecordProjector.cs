using Dapper;
using Dispatch.Server.Records.Store;
using Npgsql;

namespace Dispatch.Server.Records.Projection;

/// <summary>
/// Copies every call, transport and referral with its transitions from Redis into the record, over and over.
/// A pass finds what changed by comparing versions: everything still open in Redis, everything the record holds as
/// unfinished, and everything created since the last pass (with an overlap for clocks of other instances). Rows,
/// transitions and checkpoints commit in one transaction and every write is idempotent, so a crash anywhere only
/// means the next pass does the same work again; a PostgreSQL outage only delays the record, since Redis keeps it all.
/// One instance projects at a time (an advisory lock on a session of its own; it passes on if that session dies).
/// </summary>
public sealed class RecordProjector(
    NpgsqlDataSource db, RecordStoreReadiness readiness, ReferralSource referrals, CallSource calls, RecordWriter writer,
    ProjectorStatus status, IConfiguration config, ILogger<RecordProjector> log) : BackgroundService
{
    private const long LeaderLockKey = 0x44535052; // "DSPR"
    private static readonly TimeSpan Overlap = TimeSpan.FromMinutes(10);
    private readonly TimeSpan _interval = TimeSpan.FromMilliseconds(config.GetValue("Records:ProjectorIntervalMs", 1000));
    private readonly int _batch = config.GetValue("Records:ProjectorBatch", 200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Records:Projector", true)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            NpgsqlConnection? leader = null;
            try
            {
                if (readiness.IsReady)
                {
                    leader = await db.OpenConnectionAsync(stoppingToken);
                    if (await leader.ExecuteScalarAsync<bool>("SELECT pg_try_advisory_lock(@LeaderLockKey)", new { LeaderLockKey }))
                    {
                        status.IsLeader = true;
                        while (!stoppingToken.IsCancellationRequested)
                        {
                            await PassAsync(stoppingToken);
                            // The lock lives as long as this session: check it is still alive before the next pass.
                            await leader.ExecuteScalarAsync<int>("SELECT 1");
                            await Task.Delay(_interval, stoppingToken);
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException or StackExchange.Redis.RedisException or InvalidOperationException)
            {
                status.PassFailed(e.Message);
                log.LogWarning("Record projection paused: {Error}", e.Message);
            }
            finally
            {
                status.IsLeader = false;
                if (leader is not null) await leader.DisposeAsync();
            }
            await Task.Delay(_interval * 2, stoppingToken).ContinueWith(_ => { });
        }
    }

    /// <summary>One pass: brings the record level with Redis as it is now.</summary>
    public async Task<int> PassAsync(CancellationToken ct)
    {
        var checkpoints = await writer.CheckpointsAsync(ct);
        long Mark(string name) => checkpoints.TryGetValue(name, out var v) && long.TryParse(v, out var ms) ? ms : 0;
        var referralMark = Mark("referrals.created");
        var callMark = Mark("calls.created");

        var newReferrals = await referrals.CreatedSinceAsync(Math.Max(0, referralMark - (long)Overlap.TotalMilliseconds));
        var newCalls = await calls.CreatedSinceAsync(Math.Max(0, callMark - (long)Overlap.TotalMilliseconds));
        var unfinished = await writer.UnfinishedAsync(ct);

        var referralIds = newReferrals.Select(r => r.Id)
            .Concat(await referrals.OpenIdsAsync())
            .Concat(unfinished.Where(u => u.Value.Kind == RecordKinds.Referral).Select(u => u.Key))
            .ToHashSet();
        var callIds = newCalls.Select(c => c.Id)
            .Concat(await calls.OpenIdsAsync())
            .Concat(unfinished.Where(u => u.Value.Kind != RecordKinds.Referral).Select(u => u.Key))
            .ToHashSet();

        var stale = await StaleAsync(referralIds, referrals.VersionsAsync, ct);
        var staleCalls = await StaleAsync(callIds, calls.VersionsAsync, ct);
        status.PassStarted(stale.Count + staleCalls.Count);

        var written = 0;
        var work = stale.Select(id => (Func<Task<CaseChange?>>)(() => referrals.ReadAsync(id)))
            .Concat(staleCalls.Select(id => (Func<Task<CaseChange?>>)(() => calls.ReadAsync(id))))
            .Chunk(_batch).ToList();
        var marks = new Dictionary<string, string>
        {
            ["referrals.created"] = (newReferrals.Count > 0 ? Math.Max(referralMark, newReferrals[^1].CreatedMs) : referralMark).ToString(),
            ["calls.created"] = (newCalls.Count > 0 ? Math.Max(callMark, newCalls[^1].CreatedMs) : callMark).ToString(),
        };
        if (work.Count == 0)
        {
            // Nothing changed: the marks still move, so the next pass looks back no further than it must.
            await writer.WriteAsync([], marks, ct);
        }
        for (var i = 0; i < work.Count; i++)
        {
            var changes = (await Task.WhenAll(work[i].Select(read => read()))).OfType<CaseChange>().ToList();
            // The creation marks advance with the last batch only: a crash before it re-reads the window, harmlessly.
            written += await writer.WriteAsync(changes, i == work.Count - 1 ? marks : new Dictionary<string, string>(), ct);
        }
        status.PassSucceeded(written);
        return written;
    }

    private async Task<List<string>> StaleAsync(
        HashSet<string> ids, Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, long>>> liveVersions, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var live = await liveVersions(ids);
        var stale = new List<string>();
        foreach (var chunk in live.Keys.Chunk(5000))
        {
            var recorded = await writer.VersionsAsync(chunk, ct);
            stale.AddRange(chunk.Where(id => !recorded.TryGetValue(id, out var v) || v < live[id]));
        }
        return stale;
    }
}
