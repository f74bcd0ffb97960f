using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Accounts;

/// <summary>
/// A hub connection outlives the request that authenticated it, so a revoked token would keep a live connection
/// (a stolen device could go on reporting). Re-checks revocation on the connection's calls (and the reports of its
/// position stream) at most every Hub:RevocationCheckSeconds and closes it once revoked. Expiry is enforced by
/// CloseOnAuthenticationExpiration.
/// </summary>
public sealed class HubTokenCheck(TokenRevocations revocations, IConfiguration config, TimeProvider clock, IServiceProvider services) : IHubFilter
{
    public const string Revoked = "The sign-in of this connection has been revoked; sign in again.";
    private readonly long _every = (long)(config.GetValue("Hub:RevocationCheckSeconds", 30.0) * clock.TimestampFrequency);

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // Between checks the call goes straight through, without an async frame of its own.
        if (!IsDue(context.Context)) return next(context);
        return CheckThenInvokeAsync(context, next);
    }

    private async ValueTask<object?> CheckThenInvokeAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        await EnsureNotRevokedAsync(context.Context);
        return await next(context);
    }

    /// <summary>Whether the connection's next check is due; when it is, the one after is scheduled.</summary>
    public bool IsDue(HubCallerContext connection)
    {
        var due = connection.GetOrAdd(_ => new NextCheck());
        var now = clock.GetTimestamp();
        var dueAt = Volatile.Read(ref due.At);
        return now >= dueAt && Interlocked.CompareExchange(ref due.At, now + _every, dueAt) == dueAt;
    }

    /// <summary>Closes the connection and throws when its token has been revoked.</summary>
    public async Task EnsureNotRevokedAsync(HubCallerContext connection)
    {
        if (connection.User?.FindFirst("jti")?.Value is not { } jti || await revocations.IsRevokedAsync(jti)
            || !await AuthSetup.AccountStillHoldsAsync(services, connection.User))
        {
            connection.Abort();
            throw new HubException(Revoked);
        }
    }

    private sealed class NextCheck
    {
        public long At = long.MinValue;
    }
}
