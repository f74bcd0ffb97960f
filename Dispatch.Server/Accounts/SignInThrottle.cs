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
    private readonly int _limit = config.GetValue("Auth:FailedSignInsPerAccount", 10);
    private readonly TimeSpan _window = TimeSpan.FromMinutes(config.GetValue("Auth:FailedSignInWindowMinutes", 5.0));

    private const string CountFailure = """
        redis.call('INCR', KEYS[1])
        if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        """;

    // Usernames are compared without case by the account store, so the count is too.
    private static RedisKey Key(string username) => $"dispatch:auth:failed:{username.Trim().ToLowerInvariant()}";

    /// <returns>how long the account's sign-in stays refused, or null when it may try.</returns>
    public async Task<TimeSpan?> PausedForAsync(string username)
    {
        if (_limit <= 0) return null;
        try
        {
            var db = redis.GetDatabase();
            var failures = (long?)await db.StringGetAsync(Key(username)) ?? 0;
            if (failures < _limit) return null;
            return await db.KeyTimeToLiveAsync(Key(username)) is { } left && left > TimeSpan.Zero ? left : _window;
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("Sign-in throttle skipped: Redis unreachable ({Error})", e.Message);
            return null;
        }
    }

    public async Task FailedAsync(string username)
    {
        if (_limit <= 0) return;
        try
        {
            // One script, so a count never outlives its window; the window starts at the first failure and later ones do not extend it.
            await redis.GetDatabase().ScriptEvaluateAsync(CountFailure, [Key(username)], [(long)_window.TotalMilliseconds]);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("Failed sign-in not counted: Redis unreachable ({Error})", e.Message);
        }
    }

    public async Task SucceededAsync(string username)
    {
        if (_limit <= 0) return;
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(Key(username));
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("Failed sign-ins not cleared: Redis unreachable ({Error})", e.Message);
        }
    }
}
