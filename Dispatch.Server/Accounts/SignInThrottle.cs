using StackExchange.Redis;

namespace Dispatch.Server.Accounts;

/// <summary>
/// Failed sign-ins per account, counted in Redis so every instance behind the load balancer sees the same count (the
/// per-address limit is per instance). After Auth:FailedSignInsPerAccount failures within
/// Auth:FailedSignInWindowMinutes the account's sign-in is refused until that window has passed; a successful
/// sign-in clears the count. A short pause, not a lock-out an administrator must lift: a dispatcher whose password is
/// being guessed can sign in again minutes later. When Redis cannot be reached the throttle steps aside (the
/// per-address limit still applies) rather than keep staff out of the console.
/// </summary>
public sealed class SignInThrottle(IConnectionMultiplexer redis, IConfiguration config, ILogger<SignInThrottle> log)
{
    private const string CountFailure = """
        redis.call('INCR', KEYS[1])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        """;

    private readonly int _limit = config.GetValue("Auth:FailedSignInsPerAccount", 10);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(config.GetValue("Auth:FailedSignInWindowMinutes", 5.0));

    // Usernames are compared without case by the account store, so the count is too.
    private static RedisKey Key(string username) => $"dispatch:auth:failed:{username.Trim().ToLowerInvariant()}";

    /// <returns>how long the account's sign-in stays refused, or null when it may try.</returns>
    public Task<TimeSpan?> PausedForAsync(string username) => StepAsideWithoutRedisAsync<TimeSpan?>("Sign-in throttle skipped", async db =>
    {
        // The count and its time to live in one round trip.
        var stored = await db.StringGetWithExpiryAsync(Key(username));
        if (((long?)stored.Value ?? 0) < _limit) return null;
        return stored.Expiry is { } left && left > TimeSpan.Zero ? left : _window;
    }, null);

    // One script, so a count never outlives its window; the window starts at the first failure and later ones do not extend it.
    public Task FailedAsync(string username) => StepAsideWithoutRedisAsync<RedisResult?>("Failed sign-in not counted", async db =>
        await db.ScriptEvaluateAsync(CountFailure, [Key(username)], [(long)_window.TotalMilliseconds]), null);

    /// <summary>Failures counted in the current window, and how long sign-in stays paused (null: not paused).</summary>
    public Task<(int Failures, TimeSpan? PausedFor)> StatusAsync(string username) => StepAsideWithoutRedisAsync<(int, TimeSpan?)>("Sign-in status unknown", async db =>
    {
        var stored = await db.StringGetWithExpiryAsync(Key(username));
        var count = (int)((long?)stored.Value ?? 0);
        return (count, count >= _limit ? stored.Expiry ?? _window : null);
    }, (0, null));

    public Task SucceededAsync(string username) => StepAsideWithoutRedisAsync("Failed sign-ins not cleared", db =>
        db.KeyDeleteAsync(Key(username)), false);

    private async Task<T> StepAsideWithoutRedisAsync<T>(string what, Func<IDatabase, Task<T>> work, T otherwise)
    {
        if (_limit <= 0) return otherwise;
        try
        {
            return await work(redis.GetDatabase());
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("{What}: Redis unreachable ({Error})", what, e.Message);
            return otherwise;
        }
    }
}
