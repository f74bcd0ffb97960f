using Dispatch.Tests.Infrastructure;
using StackExchange.Redis;

namespace Dispatch.Tests.Referrals;

/// <summary>Base for fixtures that need a real redis-server of their own, emptied before each test.</summary>
public abstract class RedisFixture
{
    protected RedisServer Redis { get; private set; } = null!;
    protected ConnectionMultiplexer Mux { get; set; } = null!;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        Redis = await RedisServer.StartAsync();
        Mux = await ConnectionMultiplexer.ConnectAsync(Redis.Configuration + ",allowAdmin=true");
    }

    [SetUp]
    public async Task Flush()
    {
        await Mux.GetServer(Mux.GetEndPoints()[0]).FlushAllDatabasesAsync();
    }

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        await Mux.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
