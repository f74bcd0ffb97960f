using System.Collections.Concurrent;
using System.Text.Json;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using StackExchange.Redis;

namespace Dispatch.Tests.Fleet;

/// <summary>
/// The position write batcher completes a batch's reports only after Redis replied to that batch, hands the positions
/// Redis kept to the broadcaster first (once per batch), and fails every report of a batch Redis refused.
/// </summary>
[TestFixture]
public sealed class WriteBatchesAcknowledgeAfterRedis
{
    private RedisServer _redis = null!;
    private ConnectionMultiplexer _mux = null!;

    [OneTimeSetUp]
    public async Task StartRedis()
    {
        _redis = await RedisServer.StartAsync();
        _mux = await _redis.ConnectAsync();
    }

    [OneTimeTearDown]
    public async Task StopRedis()
    {
        await _mux.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private static RedisKey[] Keys(string prefix) => [$"{prefix}:geo", $"{prefix}:last-seen", $"{prefix}:seen-at"];

    private static VehiclePosition At(string vehicle, DateTimeOffset t) => new(vehicle, 104.06, 30.67, 40, 90, t);

    [Test]
    public async Task Reports_sent_together_are_answered_after_their_batch_was_stored_and_handed_on()
    {
        var keys = Keys("batch-" + Guid.NewGuid().ToString("N")[..8]);
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        // 20 vehicles × 10 reports, each vehicle's newest first, then older ones and an exact resend: only the first is kept.
        var positions = Enumerable.Range(0, 20).SelectMany(v => Enumerable.Range(0, 10)
            .Select(i => At($"v{v}", start.AddSeconds(10 - i))).Append(At($"v{v}", start.AddSeconds(10)))).ToList();

        var tasks = new ConcurrentDictionary<VehiclePosition, Task<bool>>(ReferenceEqualityComparer.Instance);
        var allSubmitted = new ManualResetEventSlim();
        var handedOn = new ConcurrentQueue<VehiclePosition>();
        var completedBeforeHandedOn = 0;
        var batches = 0;
        await using var batcher = new PositionWriteBatcher(_mux, keys, p => JsonSerializer.Serialize(p), stored =>
        {
            // Keep the first batch waiting until every report is queued, so the rest go together in few batches.
            Assert.That(allSubmitted.Wait(TimeSpan.FromSeconds(30)), Is.True, "submitting the reports");
            Interlocked.Increment(ref batches);
            foreach (var p in stored)
            {
                if (tasks[p].IsCompleted) Interlocked.Increment(ref completedBeforeHandedOn);
                handedOn.Enqueue(p);
            }
        });

        foreach (var p in positions) tasks[p] = batcher.StoreAsync(p);
        allSubmitted.Set();
        await Task.WhenAll(tasks.Values);

        var kept = positions.Where(p => tasks[p].Result).ToList();
        Assert.That(completedBeforeHandedOn, Is.Zero, "a report was answered before its batch was handed on");
        Assert.That(kept, Is.EquivalentTo(positions.GroupBy(p => p.VehicleId).Select(g => g.First())), "only each vehicle's newest report is kept");
        Assert.That(handedOn, Is.EquivalentTo(kept), "exactly the kept positions are handed on, once each");
        Assert.That(batches, Is.LessThan(positions.Count), "reports queued together share batches");
        var db = _mux.GetDatabase();
        foreach (var p in kept)
        {
            Assert.That((long)await db.HashGetAsync(keys[2], p.VehicleId), Is.EqualTo(p.Timestamp.ToUnixTimeMilliseconds()));
            Assert.That((string?)await db.HashGetAsync(keys[1], p.VehicleId), Is.EqualTo(JsonSerializer.Serialize(p)));
        }
    }

    [Test]
    public async Task A_batch_Redis_refuses_answers_every_report_with_the_error_and_hands_nothing_on()
    {
        var keys = Keys("refused-" + Guid.NewGuid().ToString("N")[..8]);
        // The geo key holds a string, so the script's GEOADD fails and Redis answers the batch with an error.
        await _mux.GetDatabase().StringSetAsync(keys[0], "not a geo set");
        var handedOn = 0;
        await using var batcher = new PositionWriteBatcher(_mux, keys, p => JsonSerializer.Serialize(p), stored => Interlocked.Add(ref handedOn, stored.Count));

        var now = DateTimeOffset.UtcNow;
        var tasks = Enumerable.Range(0, 50).Select(i => batcher.StoreAsync(At($"v{i}", now))).ToList();
        foreach (var t in tasks)
            Assert.That(async () => await t, Throws.InstanceOf<RedisServerException>());
        Assert.That(handedOn, Is.Zero);
    }

    [Test]
    public void Stored_json_is_what_the_web_defaults_write()
    {
        var p = new VehiclePosition("amb-7", 104.0608, 30.6707, 42.5, 359.9, new DateTimeOffset(2026, 11, 24, 22, 31, 5, 123, TimeSpan.Zero));
        Assert.That(JsonSerializer.SerializeToUtf8Bytes(p, FleetJson.Default.VehiclePosition),
            Is.EqualTo(JsonSerializer.SerializeToUtf8Bytes(p, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
    }
}
