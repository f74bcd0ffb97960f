using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Fleet.Load;

/// <summary>
/// One vehicle device on its own hub connection. It sends one report at a time (the next only after the ack), each
/// stamped with its send time, and keeps the timestamps the server acknowledged as stored, for the delivery check.
/// </summary>
public sealed class SimulatedDevice(string vehicleId, HubConnection connection, GeoBounds area, Random random, LoadCounters counters)
{
    private readonly List<long> _acked = [];
    private long _lastTicks;
    // Starts somewhere in the region and drifts north-east, wrapping around inside it so every report stays valid.
    private double _lon = area.West + random.NextDouble() * (area.East - area.West), _lat = area.South + random.NextDouble() * (area.North - area.South);
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
            if (_lon > area.East) _lon = area.West;
            if (_lat > area.North) _lat = area.South;
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
