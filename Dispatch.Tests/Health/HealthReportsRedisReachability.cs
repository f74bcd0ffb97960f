using System.Net;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Health;

[TestFixture]
public sealed class HealthReportsRedisReachability
{
    [Test]
    public async Task Health_turns_unhealthy_when_redis_stops_and_healthy_when_it_returns()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await DispatchServerProcess.StartAsync(redis);

        using (var ok = await server.Http.GetAsync("/health"))
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await ok.Content.ReadAsStringAsync(), Does.Contain("\"redis\""));
        }

        redis.Kill();
        await Poll.UntilAsync(async () =>
        {
            using var r = await server.Http.GetAsync("/health");
            return r.StatusCode == HttpStatusCode.ServiceUnavailable;
        }, TimeSpan.FromSeconds(30), "health to report Redis down");

        await redis.RestartAsync();
        await Poll.UntilAsync(async () =>
        {
            using var r = await server.Http.GetAsync("/health");
            return r.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "health to recover with Redis");
    }
}
