using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Fleet;

/// <summary>
/// Write batches finish in any order, so the broadcaster can be handed a vehicle's older report after a newer one was
/// already pushed; dispatchers must never see the vehicle jump back to it.
/// </summary>
[TestFixture]
public sealed class PushesNeverMoveAVehicleBack
{
    [Test]
    public async Task A_report_handed_over_after_a_newer_one_was_pushed_is_not_pushed()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var mux = await redis.ConnectAsync();
        var hub = new RecordingPositionHub();
        var broadcaster = hub.Broadcaster(mux, intervalMs: 20);
        var t0 = DateTimeOffset.UtcNow;
        bool Pushed(string vehicle, DateTimeOffset at) => hub.Messages.Any(m => m.Positions.Any(p => p.VehicleId == vehicle && p.Timestamp == at));

        await broadcaster.StartAsync(CancellationToken.None);
        try
        {
            broadcaster.Enqueue([new VehiclePosition("amb-01", 104.07, 30.68, 40, 0, t0.AddSeconds(2))]);
            await Poll.UntilAsync(() => Task.FromResult(Pushed("amb-01", t0.AddSeconds(2))), TimeSpan.FromSeconds(10), "the newer report to be pushed");

            // The older report arrives late, in the same hand-over as another vehicle's: once that one is pushed, the older one would have been too.
            broadcaster.Enqueue([
                new VehiclePosition("amb-01", 104.06, 30.67, 40, 0, t0.AddSeconds(1)),
                new VehiclePosition("amb-02", 104.05, 30.66, 40, 0, t0.AddSeconds(1)),
            ]);
            await Poll.UntilAsync(() => Task.FromResult(Pushed("amb-02", t0.AddSeconds(1))), TimeSpan.FromSeconds(10), "the other vehicle's report to be pushed");

            broadcaster.Enqueue([new VehiclePosition("amb-01", 104.08, 30.69, 40, 0, t0.AddSeconds(3))]);
            await Poll.UntilAsync(() => Task.FromResult(Pushed("amb-01", t0.AddSeconds(3))), TimeSpan.FromSeconds(10), "a still newer report to be pushed");
        }
        finally
        {
            await broadcaster.StopAsync(CancellationToken.None);
        }

        var amb01 = hub.Messages.SelectMany(m => m.Positions).Where(p => p.VehicleId == "amb-01").Select(p => p.Timestamp).ToList();
        Assert.That(amb01, Is.EqualTo(new[] { t0.AddSeconds(2), t0.AddSeconds(3) }));
    }
}
