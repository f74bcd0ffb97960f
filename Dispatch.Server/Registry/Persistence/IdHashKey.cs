using System.Security.Cryptography;
using Dapper;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>
/// The key of the ID-card hash: from configuration, or made once and kept in the database so every instance (and
/// every restart) hashes the same number to the same value.
/// </summary>
public static class IdHashKey
{
    public static async Task<byte[]> ResolveAsync(RegisterDb db, string configured)
    {
        if (configured is { Length: > 0 })
        {
            var bytes = Convert.FromBase64String(configured);
            if (bytes.Length < 32) throw new InvalidOperationException("Registry:IdHashKey must be at least 32 bytes (base64).");
            return bytes;
        }
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync(
            "INSERT INTO register_secret (name, value) VALUES ('id-hash-key', @value) ON CONFLICT (name) DO NOTHING",
            new { value = RandomNumberGenerator.GetBytes(32) });
        return await connection.QuerySingleAsync<byte[]>("SELECT value FROM register_secret WHERE name = 'id-hash-key'");
    }
}
