using StackExchange.Redis;

namespace Dispatch.Server.Accounts;

/// <summary>Revoked token ids, kept in Redis until the token would have expired anyway, so every instance refuses them.</summary>
public sealed class TokenRevocations(IConnectionMultiplexer redis, TimeProvider clock)
{
    private static string Key(string jti) => $"dispatch:auth:revoked:{jti}";

    public async Task RevokeAsync(string jti, DateTimeOffset expiresAt)
    {
        var ttl = expiresAt - clock.GetUtcNow();
        if (ttl <= TimeSpan.Zero) return;
        await redis.GetDatabase().StringSetAsync(Key(jti), "1", ttl);
    }

    public async Task<bool> IsRevokedAsync(string jti) => await redis.GetDatabase().KeyExistsAsync(Key(jti));
}
