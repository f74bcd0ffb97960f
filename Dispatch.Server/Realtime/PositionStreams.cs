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

    public PositionStream Open(HubCallerContext connection, ReportingDevice device) =>
        new(connection, device, fleet, validator, guard, tokenCheck, _answerEvery, log);
}
