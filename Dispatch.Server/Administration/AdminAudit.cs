using System.Globalization;
using StackExchange.Redis;

namespace Dispatch.Server.Administration;

/// <summary>One administrator action: who did what to which account, and when.</summary>
public sealed record AdminAuditEntry(string Id, string Action, string Admin, string Target, DateTimeOffset At, string? Detail);

/// <summary>Every administrator action, appended to a Redis stream before the answer goes out.</summary>
public sealed class AdminAudit(IConnectionMultiplexer redis, TimeProvider clock)
{
    public const string StreamKey = "dispatch:admin:audit";

    public async Task RecordAsync(string action, string admin, string target, string? detail = null) =>
        await redis.GetDatabase().StreamAddAsync(StreamKey,
        [
            new("action", action), new("admin", admin), new("target", target),
            new("at", clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture)), new("detail", detail ?? ""),
        ]);

    /// <summary>The newest entries first.</summary>
    public async Task<IReadOnlyList<AdminAuditEntry>> RecentAsync(int count = 100) =>
        (await redis.GetDatabase().StreamRangeAsync(StreamKey, null, null, count, Order.Descending)).Select(e =>
        {
            string F(string name) => (string?)e[name] ?? "";
            return new AdminAuditEntry(e.Id!, F("action"), F("admin"), F("target"),
                DateTimeOffset.Parse(F("at"), CultureInfo.InvariantCulture), F("detail") is { Length: > 0 } d ? d : null);
        }).ToList();
}

/// <summary>A failed sign-in as the administrator sees it (never the password tried).</summary>
public sealed record SignInFailure(string Username, DateTimeOffset At, string? Address);

/// <summary>The latest failed sign-ins, kept as a capped Redis stream.</summary>
public sealed class SignInFailures(IConnectionMultiplexer redis, TimeProvider clock)
{
    public const string StreamKey = "dispatch:auth:failures";

    public async Task RecordAsync(string username, string? address)
    {
        try
        {
            await redis.GetDatabase().StreamAddAsync(StreamKey,
                [new("username", username.Length > 64 ? username[..64] : username), new("at", clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture)), new("address", address ?? "")],
                maxLength: 1000, useApproximateMaxLength: true);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            // The sign-in answer matters more than the record of its failure.
        }
    }

    public async Task<IReadOnlyList<SignInFailure>> RecentAsync(int count = 100) =>
        (await redis.GetDatabase().StreamRangeAsync(StreamKey, null, null, count, Order.Descending)).Select(e => new SignInFailure(
            (string?)e["username"] ?? "", DateTimeOffset.Parse((string?)e["at"] ?? "", CultureInfo.InvariantCulture),
            (string?)e["address"] is { Length: > 0 } a ? a : null)).ToList();
}
