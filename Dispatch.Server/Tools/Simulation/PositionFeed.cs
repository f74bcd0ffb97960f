using System.Threading.Channels;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Simulation;

/// <summary>
/// A device's positions on the hub's position stream, kept the way a tracker keeps them: each report goes up as it is
/// taken and stays with the device until an answer covers it. When the connection drops, the stream dies with it; once
/// the connection is back, <see cref="OpenAsync"/> opens a new stream and sends the unanswered reports first (the newest
/// <see cref="MaxKept"/>), and the server answers the ones it already had "not newer", so nothing is stored twice.
/// A stream the server ends while the connection stays up (Redis unreachable, say) is reopened a few seconds later.
/// </summary>
public sealed class PositionFeed(HubConnection hub, ILogger log, string callSign)
{
    private const int MaxKept = 300;
    private static readonly TimeSpan ReopenAfter = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private readonly Queue<PositionReport> _unanswered = new();
    private Channel<PositionReport>? _upload;
    private long _answered;

    /// <summary>Opens the stream (after connecting, and again after each reconnect), resending what was not answered.</summary>
    public async Task OpenAsync(CancellationToken ct)
    {
        var upload = Channel.CreateUnbounded<PositionReport>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _upload?.Writer.TryComplete();
            _upload = upload;
            _answered = 0;
            while (_unanswered.Count > MaxKept) _unanswered.Dequeue();
            foreach (var report in _unanswered) upload.Writer.TryWrite(report);
        }
        var answers = await hub.StreamAsChannelAsync<PositionReportsAnswered>(nameof(DispatchHub.StreamPositions), upload.Reader, ct);
        _ = ReadAnswersAsync(answers, upload, ct);
    }

    /// <summary>Sends the report now when the stream is open; otherwise keeps it for the next <see cref="OpenAsync"/>.</summary>
    public void Report(PositionReport report)
    {
        lock (_gate)
        {
            if (_upload is null && _unanswered.Count >= MaxKept) _unanswered.Dequeue();
            _unanswered.Enqueue(report);
            _upload?.Writer.TryWrite(report);
        }
    }

    private async Task ReadAnswersAsync(ChannelReader<PositionReportsAnswered> answers, Channel<PositionReport> upload, CancellationToken ct)
    {
        try
        {
            await foreach (var answer in answers.ReadAllAsync())
            {
                lock (_gate)
                {
                    if (_upload != upload) return;
                    while (_answered < answer.Through && _unanswered.TryDequeue(out _)) _answered++;
                }
                foreach (var refused in answer.Refused) log.LogDebug("{Vehicle}: report refused: {Reason}", callSign, refused.Reason);
            }
        }
        catch (Exception e)
        {
            log.LogDebug("{Vehicle}: position stream ended: {Reason}", callSign, e.Message);
        }
        lock (_gate)
        {
            if (_upload != upload) return;
            _upload.Writer.TryComplete();
            _upload = null;
        }
        await ReopenWhileConnectedAsync(ct);
    }

    private async Task ReopenWhileConnectedAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(ReopenAfter, ct);
            // A dropped connection is reopened by the reconnect handler instead.
            if (hub.State == HubConnectionState.Connected && Volatile.Read(ref _upload) is null) await OpenAsync(ct);
        }
        catch (Exception e)
        {
            log.LogDebug("{Vehicle}: position stream not reopened: {Reason}", callSign, e.Message);
        }
    }
}
