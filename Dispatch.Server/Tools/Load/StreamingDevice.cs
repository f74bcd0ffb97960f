using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A device that reports on the hub's position stream (<c>--reports stream</c>): reports go up as stream items and
/// come back answered in cumulative answers, each covering every report up to a number. The device keeps the send
/// times of its unanswered reports in order and settles them when an answer covers them; when the stream or the
/// connection ends, whatever is still unanswered fails.
/// </summary>
public abstract class StreamingDevice(string vehicleId, GeoBounds area, Random random, LoadCounters counters)
    : SimulatedDevice(vehicleId, area, random, counters)
{
    // Several seconds of reports at the bench's rates; the server answers about once a second.
    protected override int Window => 64;

    private readonly Queue<long> _unanswered = new();
    private long _answered;
    private bool _ended;

    protected sealed override void Send(PositionReport report, long ticks)
    {
        lock (_unanswered)
        {
            if (_ended) throw new HubException("The position stream has ended.");
            _unanswered.Enqueue(ticks);
        }
        try
        {
            Upload(report);
        }
        catch (Exception e)
        {
            End(e);
        }
    }

    /// <summary>Sends the report as the stream's next item; a failure that shows later is passed to <see cref="End"/>.</summary>
    protected abstract void Upload(PositionReport report);

    /// <summary>An answer arrived: settles every report it covers, in order.</summary>
    protected void OnAnswer(PositionReportsAnswered answer)
    {
        lock (_unanswered)
        {
            if (answer.Through <= _answered || answer.Through > _answered + _unanswered.Count)
            {
                Counters.Error(new InvalidOperationException($"An answer through report {answer.Through} after {_answered} answered and {_unanswered.Count} unanswered."));
                return;
            }
            while (_answered < answer.Through)
            {
                var ticks = _unanswered.Dequeue();
                var number = ++_answered;
                if (answer.RefusalOf(number) is { } refusal) Failed(new HubException(refusal));
                else Answered(ticks, answer.WasStored(number));
            }
        }
    }

    /// <summary>The stream ended (null: completed by the server without an error); what is unanswered fails.</summary>
    protected void End(Exception? reason)
    {
        lock (_unanswered)
        {
            _ended = true;
            if (reason is null && _unanswered.Count == 0) return;
            var failure = reason ?? new HubException("The position stream completed with reports unanswered.");
            while (_unanswered.TryDequeue(out _)) Failed(failure);
        }
    }
}
