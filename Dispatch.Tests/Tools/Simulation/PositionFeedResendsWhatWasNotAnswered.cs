using Dispatch.Server.Fleet;
using Dispatch.Server.Tools.Simulation;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dispatch.Tests.Tools.Simulation;

/// <summary>The simulator's devices keep the positions they take while the connection is down and send them once it is back.</summary>
[TestFixture]
public sealed class PositionFeedResendsWhatWasNotAnswered : ServerFixture
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Test]
    public async Task Reports_taken_while_disconnected_are_stored_once_the_stream_is_reopened()
    {
        var db = RedisClient.GetDatabase();
        await using var hub = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV2, DemoAccounts.DevicePassword));
        var feed = new PositionFeed(hub, NullLogger.Instance, "test");
        await feed.OpenAsync(CancellationToken.None);
        async Task<long?> StoredAt() => (long?)await db.HashGetAsync(FleetStore.SeenAtKey, DemoAccounts.VehicleV2);

        var t0 = DateTimeOffset.UtcNow.AddSeconds(-5);
        feed.Report(new PositionReport(104.0600, 30.6700, t0));
        await Poll.UntilAsync(async () => await StoredAt() == t0.ToUnixTimeMilliseconds(), Deadline, "the first report to be stored");

        await hub.StopAsync();
        feed.Report(new PositionReport(104.0610, 30.6710, t0.AddSeconds(1)));
        feed.Report(new PositionReport(104.0620, 30.6720, t0.AddSeconds(2)));
        Assert.That(await StoredAt(), Is.EqualTo(t0.ToUnixTimeMilliseconds()), "nothing reaches the server while disconnected");

        await hub.StartJoinedAsync();
        await feed.OpenAsync(CancellationToken.None);
        await Poll.UntilAsync(async () => await StoredAt() == t0.AddSeconds(2).ToUnixTimeMilliseconds(), Deadline, "the kept reports to be stored");
        var geo = await db.GeoPositionAsync(FleetStore.GeoKey, DemoAccounts.VehicleV2);
        Assert.That(geo!.Value.Longitude, Is.EqualTo(104.0620).Within(1e-5));
    }
}
