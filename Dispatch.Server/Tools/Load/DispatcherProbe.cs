using Dispatch.Server.Fleet;
namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A dispatcher client that measures: for every position in every pushed batch, delivery latency = receive time −
/// the report's send time (same machine, same clock). It keeps each vehicle's delivered timestamps for the delivery check.
/// </summary>
public sealed class DispatcherProbe
{
    private readonly IReadOnlyDictionary<string, int> _vehicleIndex;
    private readonly List<long>[] _delivered;
    private readonly long[] _newest;
    private readonly LoadCounters _counters;
    private List<int>? _latenciesMicros;

    public long OutOfOrder { get; private set; }
    public long Unknown { get; private set; }

    public DispatcherProbe(IReadOnlyDictionary<string, int> vehicleIndex, LoadCounters counters)
    {
        _vehicleIndex = vehicleIndex;
        _counters = counters;
        _delivered = Enumerable.Range(0, vehicleIndex.Count).Select(_ => new List<long>()).ToArray();
        _newest = new long[vehicleIndex.Count];
    }

    /// <summary>Timestamps (UTC ticks) delivered for a vehicle, in arrival order.</summary>
    public IReadOnlyList<long> Delivered(int vehicle) => _delivered[vehicle];

    /// <summary>The newest timestamp delivered for a vehicle so far (0: none); safe to read while batches arrive.</summary>
    public long Newest(int vehicle) => Volatile.Read(ref _newest[vehicle]);

    /// <summary>Starts collecting latencies into a fresh list (a measured phase), or stops with null.</summary>
    public void Record(List<int>? latencies) => Volatile.Write(ref _latenciesMicros, latencies);

    /// <summary>One pushed batch. Both clients call a connection's handlers one at a time, so this state needs no lock.</summary>
    public void OnBatch(VehiclePosition[] batch)
    {
        var now = DateTime.UtcNow.Ticks;
        var latencies = Volatile.Read(ref _latenciesMicros);
        foreach (var p in batch)
        {
            if (!_vehicleIndex.TryGetValue(p.VehicleId, out var vehicle)) { Unknown++; continue; }
            var ticks = p.Timestamp.UtcTicks;
            var list = _delivered[vehicle];
            if (list.Count > 0 && list[^1] >= ticks) OutOfOrder++;
            list.Add(ticks);
            if (ticks > _newest[vehicle]) Volatile.Write(ref _newest[vehicle], ticks);
            if (latencies is not null) lock (latencies) latencies.Add((int)Math.Min(int.MaxValue, (now - ticks) / 10));
        }
        Interlocked.Add(ref _counters.Delivered, batch.Length);
    }
}
