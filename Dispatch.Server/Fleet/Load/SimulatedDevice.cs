using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Fleet.Load;

/// <summary>
/// One vehicle device on its own hub connection. It sends one report at a time (the next only after the ack), each
/// stamped with its send time, and keeps the timestamps the server acknowledged as stored, for the delivery check.
/// </summary>
public sealed class SimulatedDevice(string vehicleId, HubConnection connection, double lon, double lat, LoadCounters counters)
{
    private readonly List<long> _acked = [];
    private long _lastTicks;
    private double _lon = lon, _lat = lat;
    private int _busy;

    public string VehicleId => vehicleId;
    public HubConnection Connection => connection;
    public bool Busy => Volatile.Read(ref _busy) == 1;

    /// <summary>Acknowledged report timestamps (UTC ticks), oldest first. Read only once the device is idle.</summary>
    public IReadOnlyList<long> Acked => _acked;

    /// <returns>false when the previous report is still unanswered, so this one is not sent.</returns>
    public bool TrySend()
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0) return false;
        _ = SendAsync();
        return true;
    }

    private async Task SendAsync()
    {
        try
        {
            // Strictly later than the last report by at least a millisecond: the store compares at millisecond precision.
            var ticks = Math.Max(DateTime.UtcNow.Ticks, _lastTicks + TimeSpan.TicksPerMillisecond);
            _lastTicks = ticks;
            _lon += 0.0001;
            _lat += 0.00005;
            if (_lon > 104.2) _lon = 104.0;
            if (_lat > 30.75) _lat = 30.6;
            Interlocked.Increment(ref counters.Sent);
            var report = new PositionReport(_lon, _lat, new DateTimeOffset(ticks, TimeSpan.Zero), 40, 90);
            if (await connection.InvokeAsync<bool>("ReportPosition", report))
            {
                _acked.Add(ticks);
                Interlocked.Increment(ref counters.Acked);
            }
            else Interlocked.Increment(ref counters.Ignored);
        }
        catch (Exception e)
        {
            counters.Error(e);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }
}
