using StackExchange.Redis;

namespace Dispatch.Tests.Infrastructure;

/// <summary>A fixture with its own real Redis and server process, started once for all its tests.</summary>
public abstract class ServerFixture
{
    protected RedisServer Redis { get; private set; } = null!;
    protected DispatchServerProcess Server { get; private set; } = null!;
    private ConnectionMultiplexer? _redisClient;

    /// <summary>A client of the fixture's Redis, to read back what the server stored; opened on first use, closed with the fixture.</summary>
    protected ConnectionMultiplexer RedisClient => _redisClient ??= ConnectionMultiplexer.Connect(Redis.Configuration);

    /// <summary>The fixture's own record database (in the test run's PostgreSQL cluster), as a connection string.</summary>
    protected Task<string> RecordDatabaseAsync() => DispatchServerProcess.RecordDatabaseFor(Redis);

    /// <summary>Extra server settings for this fixture (e.g. a lower login rate limit).</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    [OneTimeSetUp]
    public async Task StartRedisAndServer()
    {
        Redis = await RedisServer.StartAsync();
        Server = await DispatchServerProcess.StartAsync(Redis, Settings);
    }

    [OneTimeTearDown]
    public async Task StopRedisAndServer()
    {
        if (_redisClient is not null) await _redisClient.DisposeAsync();
        await Server.DisposeAsync();
        await Redis.DisposeAsync();
    }

    protected async Task<HttpClient> SignedInAsync(string username, string password) =>
        Server.ClientWithToken(await Server.SignInAsync(username, password));

    protected Task<HttpClient> DispatcherAsync() => SignedInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
}
