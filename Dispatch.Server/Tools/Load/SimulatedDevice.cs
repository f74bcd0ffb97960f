using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// One vehicle device on its own hub connection. It has at most <see cref="Window"/> reports unanswered (one for a
/// device that calls per report; more on a stream, whose answers come spaced), each stamped with its send time, and
/// keeps the timestamps the server acknowledged as stored, for the delivery check. How a report travels (which client
/// library, call or stream) is up to the subclass; it calls <see cref="Answered"/> or <see cref="Failed"/> exactly
/// once per report, in the order the reports were sent.
/// </summary>
public abstract class SimulatedDevice(string vehicleId, GeoBounds area, Random random, LoadCounters counters) : IBenchConnection
{
    public const string Method = nameof(Realtime.DispatchHub.ReportPosition);
    public const string StreamMethod = nameof(Realtime.DispatchHub.StreamPositions);

    private readonly List<long> _acked = [];
    private long _lastTicks;
    // Starts somewhere in the region and drifts north-east, wrapping around inside it so every report stays valid.
    private double _lon = area.West + random.NextDouble() * (area.East - area.West), _lat = area.South + random.NextDouble() * (area.North - area.South);
    private int _unanswered;

    protected LoadCounters Counters => counters;
    public string VehicleId => vehicleId;
    public bool Busy => Volatile.Read(ref _unanswered) > 0;

    /// <summary>How many reports may be unanswered at once; a report due beyond that is skipped (behind schedule).</summary>
    protected virtual int Window => 1;

    /// <summary>Acknowledged report timestamps (UTC ticks), oldest first. Read only once the device is idle.</summary>
    public IReadOnlyList<long> Acked => _acked;

    public abstract bool Connected { get; }
    public abstract Task StartAsync(CancellationToken ct);
    public abstract ValueTask DisposeAsync();

    /// <returns>false when <see cref="Window"/> reports are still unanswered, so this one is not sent.</returns>
    public bool TrySend()
    {
        // Only the pacer sends, one device at a time, so the check and the increment need no loop.
        if (Volatile.Read(ref _unanswered) >= Window) return false;
        Interlocked.Increment(ref _unanswered);
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
        Interlocked.Decrement(ref _unanswered);
    }

    /// <summary>The report failed: a hub error, or the connection went away before the answer.</summary>
    protected void Failed(Exception e)
    {
        counters.Error(e);
        Interlocked.Decrement(ref _unanswered);
    }
}
