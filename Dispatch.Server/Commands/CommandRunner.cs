using StackExchange.Redis;

namespace Dispatch.Server.Commands;

/// <summary>What a decision hands the runner: the changes to write together, and what to announce once they are stored.</summary>
public sealed class CommandContext
{
    public AtomicCommit Commit { get; } = new();
    internal List<Func<Task>> Announcements { get; } = [];

    /// <summary>Runs after the commit (a push to consoles and devices); a lost push is healed by the client's next fetch.</summary>
    public void Announce(Func<Task> announcement) => Announcements.Add(announcement);
}

/// <summary>The result of a command, and whether it was a replay of an earlier one with the same idempotency key.</summary>
public sealed record CommandOutcome<T>(T Value, bool Replayed);

/// <summary>
/// The one way a command runs, for calls, referrals, transports, vehicles and capacity: load, decide, compare-and-save
/// in one atomic write, and on a lost race load and decide again, so the second of two racing commands is judged against
/// the first one's result. An idempotency key is checked before deciding and recorded with the effects.
/// </summary>
public sealed class CommandRunner(IConnectionMultiplexer redis, ILogger<CommandRunner> log)
{
    private const int Attempts = 8;

    /// <param name="what">what is being changed, for the refusal when it keeps changing.</param>
    /// <param name="decide">loads, decides (throwing a <see cref="Refusal"/> to refuse), adds the changes to the context's commit and returns the result.</param>
    /// <param name="resultId">the id an idempotency key records for the result.</param>
    /// <param name="replay">loads what an earlier command with the same key produced, as it is now.</param>
    public async Task<CommandOutcome<T>> RunAsync<T>(
        string what,
        IdempotencyKey? idempotency,
        Func<CommandContext, Task<T>> decide,
        Func<T, string>? resultId = null,
        Func<string, Task<T>>? replay = null)
    {
        var db = redis.GetDatabase();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (idempotency is not null && await db.StringGetAsync(idempotency.RedisKey) is { HasValue: true } prior)
                return new(await replay!(idempotency.ResultOf(prior!)), true);

            var context = new CommandContext();
            var result = await decide(context);
            if (idempotency is not null)
                context.Commit.Once(idempotency.RedisKey, idempotency.Record(resultId!(result)), IdempotencyKey.Lifetime);

            var outcome = await context.Commit.ExecuteAsync(db);
            switch (outcome.Status)
            {
                case CommitStatus.Committed:
                    await AnnounceAsync(context, what);
                    return new(result, false);
                case CommitStatus.Duplicate:
                    return new(await replay!(idempotency!.ResultOf(outcome.Detail!)), true);
                default:
                    log.LogDebug("{What} changed under us ({Detail}, attempt {Attempt}); deciding again", what, outcome.Detail, attempt + 1);
                    // Racing commands on one target would otherwise collide again at once.
                    await Task.Delay(Random.Shared.Next(1, 4 * (attempt + 1)));
                    continue;
            }
        }
        throw new Refusal(RefusalKind.Conflict, "concurrent-update", $"{what} kept changing while this command was applied; look again and retry.");
    }

    private async Task AnnounceAsync(CommandContext context, string what)
    {
        foreach (var announce in context.Announcements)
        {
            try
            {
                await announce();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The change is stored; consoles and devices fetch the current state when they reconnect or reload.
                log.LogWarning(e, "Could not announce a change to {What}", what);
            }
        }
    }
}
