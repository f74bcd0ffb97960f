using System.Threading.Channels;
using StackExchange.Redis;

namespace Dispatch.Server.Fleet;

/// <summary>
/// Writes positions to Redis in batches: whatever reports arrived while the previous batches were on their way go
/// together in one script call. Under light load a batch is a single report (no added wait); under heavy load one
/// call and one fsync serve hundreds of reports. Every caller still waits for Redis's reply to its own batch.
/// Once Redis has replied, the positions it kept are handed to <c>stored</c> in one call (one lock taken per batch
/// rather than per report), and only then are the callers' reports completed.
/// </summary>
internal sealed class PositionWriteBatcher : IAsyncDisposable
{
    private const int MaxBatch = 256;
    // A few batches on the wire at once keep Redis busy while replies travel back; more would only queue in Redis.
    private const int MaxBatchesInFlight = 4;

    // Per report: ARGV id, lon, lat, ts (unix ms), json. KEYS: geo set, last-seen hash, seen-at hash.
    // A report is kept only when newer than what is stored and than an earlier report of the same vehicle in the batch.
    private const string StoreNewer = """
        local ids = {}
        for i = 1, #ARGV, 5 do ids[#ids + 1] = ARGV[i] end
        local stored = redis.call('HMGET', KEYS[3], unpack(ids))
        local latest, out, geo, last, seen = {}, {}, {}, {}, {}
        for k = 1, #ids do
          local i = (k - 1) * 5 + 1
          local id, ts = ARGV[i], tonumber(ARGV[i + 3])
          local prev = latest[id] or tonumber(stored[k])
          if prev and prev >= ts then
            out[k] = 0
          else
            latest[id] = ts
            out[k] = 1
            geo[#geo + 1] = ARGV[i + 1]; geo[#geo + 1] = ARGV[i + 2]; geo[#geo + 1] = id
            last[#last + 1] = id; last[#last + 1] = ARGV[i + 4]
            seen[#seen + 1] = id; seen[#seen + 1] = ARGV[i + 3]
          end
        end
        if #geo > 0 then
          redis.call('GEOADD', KEYS[1], unpack(geo))
          redis.call('HSET', KEYS[2], unpack(last))
          redis.call('HSET', KEYS[3], unpack(seen))
        end
        return out
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey[] _keys;
    private readonly Func<VehiclePosition, RedisValue> _serialize;
    private readonly Action<IReadOnlyList<VehiclePosition>>? _stored;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim _inFlight = new(MaxBatchesInFlight);
    private readonly Task _loop;

    /// <param name="stored">called once per batch, after Redis replied and before its callers complete, with the
    /// positions Redis kept (those newer than what was stored); not called when it kept none.</param>
    public PositionWriteBatcher(IConnectionMultiplexer redis, RedisKey[] keys, Func<VehiclePosition, RedisValue> serialize,
        Action<IReadOnlyList<VehiclePosition>>? stored = null)
    {
        _redis = redis;
        _keys = keys;
        _serialize = serialize;
        _stored = stored;
        _loop = Task.Run(DrainAsync);
    }

    public Task<bool> StoreAsync(VehiclePosition position)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.Writer.TryWrite(new PendingWrite(position, done)))
            done.SetException(new ObjectDisposedException(nameof(FleetStore), "The server is stopping."));
        return done.Task;
    }

    private async Task DrainAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            await _inFlight.WaitAsync();
            var batch = new List<PendingWrite>();
            while (batch.Count < MaxBatch && reader.TryRead(out var write)) batch.Add(write);
            if (batch.Count == 0) { _inFlight.Release(); continue; }
            _ = WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<PendingWrite> batch)
    {
        try
        {
            var args = new RedisValue[batch.Count * 5];
            for (var k = 0; k < batch.Count; k++)
            {
                var p = batch[k].Position;
                args[k * 5] = p.VehicleId;
                args[k * 5 + 1] = p.Lon;
                args[k * 5 + 2] = p.Lat;
                args[k * 5 + 3] = p.Timestamp.ToUnixTimeMilliseconds();
                args[k * 5 + 4] = _serialize(p);
            }
            var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(StoreNewer, _keys, args))!;
            var kept = new bool[batch.Count];
            List<VehiclePosition>? accepted = null;
            for (var k = 0; k < batch.Count; k++)
                if (kept[k] = (int)result[k] == 1) (accepted ??= new List<VehiclePosition>(batch.Count)).Add(batch[k].Position);
            // A failure here fails the whole batch: the callers see an error, and a resend is answered "not newer".
            if (accepted is not null) _stored?.Invoke(accepted);
            for (var k = 0; k < batch.Count; k++) batch[k].Done.SetResult(kept[k]);
        }
        catch (Exception e)
        {
            foreach (var write in batch) write.Done.TrySetException(e);
        }
        finally
        {
            _inFlight.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private readonly record struct PendingWrite(VehiclePosition Position, TaskCompletionSource<bool> Done);
}
