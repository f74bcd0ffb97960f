using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Security;

/// <summary>One Redis and one real server for a fixture, with a token for every <see cref="Caller"/>.</summary>
public sealed class SecuredServer : IAsyncDisposable
{
    public required RedisServer Redis { get; init; }
    public required DispatchServerProcess Server { get; init; }
    public required CallerTokens Callers { get; init; }

    public static async Task<SecuredServer> StartAsync(IDictionary<string, string>? settings = null)
    {
        var redis = await RedisServer.StartAsync();
        var server = await DispatchServerProcess.StartAsync(redis, settings);
        return new SecuredServer { Redis = redis, Server = server, Callers = await CallerTokens.SignInAllAsync(server) };
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
