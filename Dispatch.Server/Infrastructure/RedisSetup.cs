using StackExchange.Redis;

namespace Dispatch.Server.Infrastructure;

public static class RedisSetup
{
    /// <summary>Connects to Redis, waiting for it while the server starts (ops may start both at once); later outages are survived by the multiplexer's own reconnects.</summary>
    public static IConnectionMultiplexer Connect(IConfiguration config, ILogger log, CancellationToken ct = default)
    {
        var options = ConfigurationOptions.Parse(config["Redis:Configuration"] ?? "127.0.0.1:6379");
        options.AbortOnConnectFail = false;
        options.ClientName ??= "dispatch-server";
        var wait = config.GetValue("Redis:StartupWaitSeconds", 60);
        var mux = ConnectionMultiplexer.Connect(options);
        // A negative wait is for tools that build the server without running it (the `openapi` verb).
        if (wait < 0) return mux;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(wait);
        while (!mux.IsConnected)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Redis at {options} is not reachable.");
            log.LogWarning("Waiting for Redis at {Endpoints}", string.Join(",", options.EndPoints));
            Task.Delay(500, ct).Wait(ct);
        }
        return mux;
    }
}
