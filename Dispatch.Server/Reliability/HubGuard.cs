using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Server.Reliability;

/// <summary>
/// Guards every hub method: a per-connection token bucket so one device cannot flood the server, a clear
/// HubException when Redis is unreachable (clients otherwise only see SignalR's generic "unexpected error"), and the
/// log: refusals at debug level, unexpected failures as errors.
/// Hub:CallsPerSecond (0 turns the limit off) and Hub:CallBurst are generous by default: a device reports about
/// once a second, while the load benchmark drives few connections hard.
/// </summary>
public sealed class HubGuard(IConfiguration config, TimeProvider clock, ILogger<HubGuard> log) : IHubFilter
{
    public const string StorageUnavailable = "Storage unavailable: the data store cannot be reached right now; nothing was changed. Try again shortly.";
    private readonly double _perSecond = config.GetValue("Hub:CallsPerSecond", 2000.0);
    private readonly double _burst = config.GetValue("Hub:CallBurst", 4000.0);

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!TryTake(context.Context)) throw new HubException(TooMany);
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("Hub method {Method} failed: Redis unreachable ({Error})", context.HubMethodName, e.Message);
            throw new HubException(StorageUnavailable);
        }
        catch (HubException e)
        {
            // A refusal the caller is told about (bad input, wrong role): routine, so not an error in the server's log.
            // SignalR's own dispatcher would log each one as an error with a stack trace; appsettings.json silences it.
            log.LogDebug("Hub method {Method} refused for {User}: {Reason}", context.HubMethodName, context.Context.UserIdentifier, e.Message);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Hub method {Method} failed for {User}", context.HubMethodName, context.Context.UserIdentifier);
            throw;
        }
    }

    /// <summary>Joining the connection's groups goes through the Redis backplane; if that fails, the close message says why.</summary>
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            log.LogWarning("Hub connection refused: Redis unreachable ({Error})", e.Message);
            throw new HubException(StorageUnavailable);
        }
    }

    public string TooMany => $"Too many calls: at most {_perSecond:0.#} per second on one connection. Slow down and retry.";

    /// <summary>
    /// Takes one call from the connection's bucket: a hub call, or one report of a position stream, which shares the
    /// connection's allowance so a device cannot get round the limit by streaming.
    /// </summary>
    public bool TryTake(HubCallerContext connection) =>
        _perSecond <= 0 || connection.GetOrAdd(_ => new CallAllowance(new TokenBucket(_perSecond, Math.Max(1, _burst), clock))).Bucket.TryTake();

    // Items belong to the one connection and vanish with it, so buckets never leak.
    private sealed record CallAllowance(TokenBucket Bucket);
}
