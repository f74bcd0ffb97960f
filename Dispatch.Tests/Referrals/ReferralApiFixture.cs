using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Referrals;

/// <summary>A fixture with its own real Redis and the in-process referral API host, started once for all its tests.</summary>
public abstract class ReferralApiFixture
{
    private RedisServer _redis = null!;
    internal ReferralApiHost Host { get; private set; } = null!;
    /// <summary>The Redis the host uses, for tests that read or write it directly.</summary>
    protected string RedisConfiguration => _redis.Configuration;

    [OneTimeSetUp]
    public async Task StartRedisAndHost()
    {
        _redis = await RedisServer.StartAsync();
        Host = await ReferralApiHost.StartAsync(_redis);
    }

    [OneTimeTearDown]
    public async Task StopRedisAndHost()
    {
        await Host.DisposeAsync();
        await _redis.DisposeAsync();
    }
}
