using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Fleet;

/// <summary>
/// A push of more vehicles than fit one message goes out as several messages of at most MaxPerMessage positions,
/// each vehicle's latest position exactly once.
/// </summary>
[TestFixture]
public sealed class LargePushesGoOutInSmallMessages
{
    [Test]
    public async Task Each_vehicle_arrives_once_with_its_latest_position_in_messages_of_bounded_size()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var mux = await redis.ConnectAsync();
        const int vehicles = 2 * PositionBroadcaster.MaxPerMessage + 50;
        var hub = new RecordingPositionHub();
        var broadcaster = hub.Broadcaster(mux, intervalMs: 50);

        var t0 = DateTimeOffset.UtcNow;
        // Two reports per vehicle before the first push: only the later one may go out.
        broadcaster.Enqueue(Enumerable.Range(0, vehicles).Select(v => new VehiclePosition($"v{v}", 104.06, 30.67, 0, 0, t0)).ToList());
        broadcaster.Enqueue(Enumerable.Range(0, vehicles).Select(v => new VehiclePosition($"v{v}", 104.07, 30.68, 0, 0, t0.AddSeconds(1))).ToList());
        await broadcaster.StartAsync(CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => Task.FromResult(hub.Messages.Sum(m => m.Positions.Length) >= vehicles), TimeSpan.FromSeconds(30), "every vehicle to be pushed");
        }
        finally
        {
            await broadcaster.StopAsync(CancellationToken.None);
        }

        Assert.That(hub.Messages.Select(m => m.Group).Distinct(), Is.EqualTo(new[] { HubGroups.Dispatchers }));
        Assert.That(hub.Methods, Has.All.EqualTo(PositionBroadcaster.EventName));
        Assert.That(hub.Messages.Select(m => m.Positions.Length), Has.All.InRange(1, PositionBroadcaster.MaxPerMessage));
        Assert.That(hub.Messages, Has.Count.GreaterThanOrEqualTo(3));
        var delivered = hub.Messages.SelectMany(m => m.Positions).ToList();
        Assert.That(delivered.Select(p => p.VehicleId), Is.Unique);
        Assert.That(delivered, Has.Count.EqualTo(vehicles));
        Assert.That(delivered.Select(p => p.Timestamp), Has.All.EqualTo(t0.AddSeconds(1)));
    }
}
