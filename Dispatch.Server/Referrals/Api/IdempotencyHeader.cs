using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Api;

public static class IdempotencyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>The command's idempotency key (header Idempotency-Key, else X-Request-Id), or null if none was sent.</summary>
    public static string? From(HttpRequest request)
    {
        var key = request.Headers[Name].FirstOrDefault() ?? request.Headers["X-Request-Id"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(key)) return null;
        if (key.Length > 100 || key.Any(char.IsControl))
            throw new ReferralException(ReferralErrorKind.Invalid, "bad-idempotency-key", "Idempotency-Key must be at most 100 printable characters.");
        return key.Trim();
    }
}
