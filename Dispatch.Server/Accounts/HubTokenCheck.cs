using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Accounts;

/// <summary>
/// A hub connection outlives the request that authenticated it, so a revoked token would keep a live connection
/// (a stolen device could go on reporting). Re-checks revocation on the connection's calls at most every
/// Hub:RevocationCheckSeconds and closes it once revoked. Expiry is enforced by CloseOnAuthenticationExpiration.
/// </summary>
public sealed class HubTokenCheck(TokenRevocations revocations, IConfiguration config, TimeProvider clock) : IHubFilter
{
    private readonly TimeSpan _every = TimeSpan.FromSeconds(config.GetValue("Hub:RevocationCheckSeconds", 30.0));

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = context.Context;
        var now = clock.GetTimestamp();
        // Calls of one connection run one at a time (MaximumParallelInvocationsPerClient = 1), so Items needs no lock.
        // Between checks the call goes straight through, without an async frame of its own.
        if (connection.Items.TryGetValue(typeof(HubTokenCheck), out var due) && due is long dueAt && now < dueAt)
            return next(context);
        return CheckThenInvokeAsync(context, next, now);
    }

    private async ValueTask<object?> CheckThenInvokeAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next, long now)
    {
        var connection = context.Context;
        connection.Items[typeof(HubTokenCheck)] = now + (long)(_every.TotalSeconds * clock.TimestampFrequency);
        if (connection.User?.FindFirst("jti")?.Value is not { } jti || await revocations.IsRevokedAsync(jti))
        {
            connection.Abort();
            throw new HubException("The sign-in of this connection has been revoked; sign in again.");
        }
        return await next(context);
    }
}
