using Dispatch.Server.Regions;

namespace Dispatch.Server.Fleet.Load;

/// <summary>
/// One vehicle device on its own hub connection. It sends one report at a time (the next only after the ack), each
/// stamped with its send time, and keeps the timestamps the server acknowledged as stored, for the delivery check.
/// How a report travels (which client library) is up to the subclass; it calls <see cref="Answered"/> or
/// <see cref="Failed"/> exactly once per report.
/// </summary>
public abstract class SimulatedDevice(string vehicleId, GeoBounds area, Random random, LoadCounters counters) : IBenchConnection
{
    public const string Method = "ReportPosition";

    private readonly List<long> _acked = [];
    private long _lastTicks;
    // Starts somewhere in the region and drifts north-east, wrapping around inside it so every report stays valid.
    private double _lon = area.West + random.NextDouble() * (area.East - area.West), _lat = area.South + random.NextDouble() * (area.North - area.South);
    private int _busy;

    protected LoadCounters Counters => counters;
    public string VehicleId => vehicleId;
    public bool Busy => Volatile.Read(ref _busy) == 1;

    /// <summary>Acknowledged report timestamps (UTC ticks), oldest first. Read only once the device is idle.</summary>
    public IReadOnlyList<long> Acked => _acked;

    public abstract bool Connected { get; }
    public abstract Task StartAsync(CancellationToken ct);
    public abstract ValueTask DisposeAsync();

    /// <returns>false when the previous report is still unanswered, so this one is not sent.</returns>
    public bool TrySend()
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0) return false;
        // Strictly later than the last report by at least a millisecond: the store compares at millisecond precision.
        var ticks = Math.Max(DateTime.UtcNow.Ticks, _lastTicks + TimeSpan.TicksPerMillisecond);
        _lastTicks = ticks;
        _lon += 0.0001;
        _lat += 0.00005;
        if (_lon > area.East) _lon = area.West;
        if (_lat > area.North) _lat = area.South;
        Interlocked.Increment(ref counters.Sent);
        try
        {
            Send(new PositionReport(_lon, _lat, new DateTimeOffset(ticks, TimeSpan.Zero), 40, 90), ticks);
        }
        catch (Exception e)
        {
            Failed(e);
        }
        return true;
    }

    /// <summary>Sends the report; the answer comes later through <see cref="Answered"/> or <see cref="Failed"/>.</summary>
    protected abstract void Send(PositionReport report, long ticks);

    /// <summary>The server answered the report: stored (acknowledged) or not newer than what it had.</summary>
    protected void Answered(long ticks, bool stored)
    {
        if (stored)
        {
            _acked.Add(ticks);
            Interlocked.Increment(ref counters.Acked);
        }
        else Interlocked.Increment(ref counters.Ignored);
        Volatile.Write(ref _busy, 0);
    }

    /// <summary>The report failed: a hub error, or the connection went away before the answer.</summary>
    protected void Failed(Exception e)
    {
        counters.Error(e);
        Volatile.Write(ref _busy, 0);
    }
}
