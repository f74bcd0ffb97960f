using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Dispatch.Server.Reliability;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>Opens <see cref="PositionStream"/>s with what each needs; Fleet:PositionAckSeconds spaces the answers (default 1 s).</summary>
public sealed class PositionStreams(FleetStore fleet, PositionReportValidator validator, HubGuard guard, HubTokenCheck tokenCheck,
    IConfiguration config, ILogger<PositionStream> log)
{
    private readonly TimeSpan _answerEvery = TimeSpan.FromSeconds(Math.Clamp(config.GetValue("Fleet:PositionAckSeconds", 1.0), 0, 10));

    public const string AlreadyOpen = "A position stream is already open on this connection; end it before opening another.";

    /// <summary>
    /// One stream per connection: a device has one feed, and a second would only let one connection hold more
    /// unanswered reports and server tasks than the first allows.
    /// </summary>
    public PositionStream Open(HubCallerContext connection, ReportingDevice device)
    {
        var slot = connection.GetOrAdd(_ => new StreamSlot());
        if (Interlocked.CompareExchange(ref slot.Open, 1, 0) != 0) throw new HubException(AlreadyOpen);
        return new PositionStream(connection, device, fleet, validator, guard, tokenCheck, _answerEvery, log,
            onEnded: () => Volatile.Write(ref slot.Open, 0));
    }

    private sealed class StreamSlot
    {
        public int Open;
    }
}
