using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;

namespace Dispatch.Server.Accounts;

/// <summary>
/// The key that signs access tokens. Configured explicitly (Auth:SigningKey), or else created once and kept in Redis,
/// so every server instance on the same Redis accepts the others' tokens.
/// </summary>
public sealed class SigningKey(SymmetricSecurityKey key)
{
    public const string RedisKey = "dispatch:auth:signing-key";
    public SymmetricSecurityKey Key { get; } = key;

    /// <summary>The key for a configured secret, as the server reads Auth:SigningKey (tools that mint tokens use the same).</summary>
    public static SigningKey FromSecret(string secret) => new(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(secret)));

    public static SigningKey Resolve(IConfiguration config, IConnectionMultiplexer redis)
    {
        var configured = config["Auth:SigningKey"];
        if (!string.IsNullOrEmpty(configured))
        {
            if (System.Text.Encoding.UTF8.GetByteCount(configured) < 32) throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes.");
            return FromSecret(configured);
        }
        var db = redis.GetDatabase();
        db.StringSet(RedisKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)), when: When.NotExists);
        var stored = (string?)db.StringGet(RedisKey) ?? throw new InvalidOperationException("Could not read the signing key from Redis.");
        return new SigningKey(new SymmetricSecurityKey(Convert.FromBase64String(stored)));
    }
}
