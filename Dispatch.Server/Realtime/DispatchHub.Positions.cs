using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

public sealed partial class DispatchHub
{
    /// <summary>
    /// A vehicle device reports where it is, one call per report. Completes once the position is stored in Redis (and,
    /// when stored, queued for the dispatchers' next push: the store hands it to the broadcaster). Not async: the checks
    /// throw before anything is stored, and the store's own task is the answer. A device that reports continuously uses
    /// <see cref="StreamPositions"/> instead.
    /// </summary>
    /// <returns>true when stored, false when an equal or newer report was already stored (a resend after reconnecting).</returns>
    public Task<bool> ReportPosition(PositionReport report, FleetStore fleet, PositionReportValidator validator, VehicleRegistry vehicles)
    {
        var device = ReportingDevice.Of(Context, vehicles);
        if (device.Check(report, validator) is { } problem) throw new HubException(problem);
        return fleet.StoreAsync(device.Position(report));
    }

    /// <summary>
    /// A vehicle device's continuous feed: its reports arrive as a stream (no call, no answer of their own each) and the
    /// server answers with a stream of cumulative acknowledgements, at most one per Fleet:PositionAckSeconds, each
    /// covering every report up to a count, once stored. See <see cref="PositionStream"/>.
    /// </summary>
    public IAsyncEnumerable<PositionReportsAnswered> StreamPositions(IAsyncEnumerable<PositionReport> reports, PositionStreams streams,
        VehicleRegistry vehicles, CancellationToken cancellationToken)
    {
        var device = ReportingDevice.Of(Context, vehicles);
        if (device.Refusal is { } refusal) throw new HubException(refusal);
        return streams.Open(Context, device).RunAsync(reports, cancellationToken);
    }
}
