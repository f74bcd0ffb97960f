using StackExchange.Redis;

namespace Dispatch.Server.Commands;

/// <summary>
/// One idempotency mechanism for every command: the Idempotency-Key header, scoped to the signed-in user, recorded in
/// the same atomic write as the command's effects together with what the command was and what it produced. Sending
/// the same key again for the same command answers with the resource as it is now (200), and never runs it twice; the
/// same key for another command is refused.
/// </summary>
public sealed record IdempotencyKey(string User, string Key, string Command)
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public RedisKey RedisKey => $"dispatch:idem:{User}:{Key}";

    /// <summary>What the key records: the command it was sent with and the id of what that produced.</summary>
    public string Record(string resultId) => Command + "\n" + resultId;

    /// <returns>the id the earlier command produced, if <paramref name="recorded"/> is for this same command.</returns>
    public string ResultOf(string recorded)
    {
        var split = recorded.IndexOf('\n');
        if (split < 0 || recorded[..split] != Command)
            throw new Refusal(RefusalKind.Conflict, "idempotency-key-reused",
                "This Idempotency-Key was already used for another command; send a new key for a new command.");
        return recorded[(split + 1)..];
    }

    /// <summary>The key sent with the request (Idempotency-Key, else X-Request-Id), or null.</summary>
    public static string? From(HttpRequest request)
    {
        var key = request.Headers[Header].FirstOrDefault() ?? request.Headers["X-Request-Id"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(key)) return null;
        if (key.Length > 100 || key.Any(char.IsControl))
            throw new Refusal(RefusalKind.Invalid, "bad-idempotency-key", "Idempotency-Key must be at most 100 printable characters.");
        return key.Trim();
    }

    public static IdempotencyKey? For(string? key, string user, string command) => key is null ? null : new(user, key, command);
}
