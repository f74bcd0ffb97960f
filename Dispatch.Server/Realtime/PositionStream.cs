using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Dispatch.Server.Accounts;
using Dispatch.Server.Fleet;
using Dispatch.Server.Reliability;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace Dispatch.Server.Realtime;

/// <summary>
/// One device's position stream. A report that is its own hub call costs a dispatch through the hub's filters and a
/// completion message back, per report; on the stream a report is one stream item, and the answers are cumulative and
/// spaced (at most one per <c>answerEvery</c>), so a device reporting four times a second gets one message a second.
/// Every report still gets the checks <c>ReportPosition</c> makes (the connection's call allowance, the device's own
/// vehicle, the validator) and the same durable store; a report is counted as answered only once Redis has it.
/// A store that fails ends the stream with an error after answering what was stored before it: the device reopens
/// the stream and resends the rest, and a resend of a stored report is answered "not newer".
/// </summary>
public sealed class PositionStream(
    HubCallerContext connection,
    ReportingDevice device,
    FleetStore fleet,
    PositionReportValidator validator,
    HubGuard guard,
    HubTokenCheck tokenCheck,
    TimeSpan answerEvery,
    ILogger<PositionStream> log,
    Action? onEnded = null,
    TimeProvider? clock = null)
{
    // Reports read but not yet answered; when full, reading waits, and SignalR holds back the connection's input.
    private const int MaxUnanswered = 1024;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Channel<Unanswered> _unanswered = Channel.CreateBounded<Unanswered>(
        new BoundedChannelOptions(MaxUnanswered) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
    // The number of the last report answered.
    private long _through;

    public async IAsyncEnumerable<PositionReportsAnswered> RunAsync(IAsyncEnumerable<PositionReport> reports,
        [EnumeratorCancellation] CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = ReadAsync(reports, stop.Token);
        var unanswered = _unanswered.Reader;
        var lastAnswer = 0L;
        try
        {
            while (await unanswered.WaitToReadAsync(ct))
            {
                if (unanswered.TryPeek(out var first) && first.Stored is { IsCompleted: false } storing)
                    await ((Task)storing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                var wait = answerEvery - _clock.GetElapsedTime(lastAnswer);
                if (lastAnswer != 0 && wait > TimeSpan.Zero && !reading.IsCompleted)
                    await Task.WhenAny(Task.Delay(wait, _clock, ct), reading);
                var (answer, failure) = Collect();
                if (answer is not null)
                {
                    lastAnswer = _clock.GetTimestamp();
                    yield return answer;
                }
                if (failure is not null) throw Refusal(failure);
            }
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (reading.Exception?.InnerException is { } readFailure) throw Refusal(readFailure);
        }
        finally
        {
            await stop.CancelAsync();
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            onEnded?.Invoke();
        }
    }

    /// <summary>Takes the answered reports off the front, up to the first one still being stored or whose store failed.</summary>
    private (PositionReportsAnswered? Answer, Exception? Failure) Collect()
    {
        var reader = _unanswered.Reader;
        var stored = 0;
        List<long>? notNewer = null;
        List<RefusedReport>? refused = null;
        var from = _through;
        Exception? failure = null;
        while (reader.TryPeek(out var next))
        {
            if (next.Stored is { } task)
            {
                if (!task.IsCompleted) break;
                if (!task.IsCompletedSuccessfully)
                {
                    failure = task.Exception?.InnerException ?? new OperationCanceledException("The store was cancelled.");
                    break;
                }
                if (task.Result) stored++;
                else (notNewer ??= []).Add(next.Number);
            }
            else (refused ??= []).Add(new RefusedReport(next.Number, next.Refusal!));
            reader.TryRead(out _);
            _through = next.Number;
        }
        var answer = _through == from ? null : new PositionReportsAnswered(_through, stored, notNewer?.ToArray() ?? [], refused?.ToArray() ?? []);
        return (answer, failure);
    }

    private async Task ReadAsync(IAsyncEnumerable<PositionReport> reports, CancellationToken ct)
    {
        var number = 0L;
        try
        {
            await using var upload = reports.GetAsyncEnumerator(ct);
            while (await NextAsync(upload, number + 1, ct))
            {
                var report = upload.Current;
                number++;
                if (tokenCheck.IsDue(connection)) await tokenCheck.EnsureNotRevokedAsync(connection);
                var refusal = guard.TryTake(connection) ? device.Check(report, validator) : guard.TooMany;
                var stored = refusal is null ? fleet.StoreAsync(device.Position(report)) : null;
                await _unanswered.Writer.WriteAsync(new Unanswered(number, stored, refusal), ct);
            }
        }
        finally
        {
            _unanswered.Writer.TryComplete();
        }
    }

    /// <summary>Reads the next report; an item SignalR could not bind to a report ends the stream with an error naming it.</summary>
    private static async ValueTask<bool> NextAsync(IAsyncEnumerator<PositionReport> upload, long number, CancellationToken ct)
    {
        try
        {
            return await upload.MoveNextAsync();
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new HubException($"Report {number} on the stream is not a position report {{ lon, lat, timestamp, speedKmh?, headingDeg? }} " +
                $"({e.Message}); the stream has ended. Open it again and resend from report {number}.");
        }
    }

    private HubException Refusal(Exception failure)
    {
        switch (failure)
        {
            case HubException hub:
                return hub;
            case RedisConnectionException or RedisTimeoutException:
                log.LogWarning("Position stream of {Vehicle} ended: Redis unreachable ({Error})", device.VehicleId, failure.Message);
                return new HubException(HubGuard.StorageUnavailable);
            case ObjectDisposedException:
                return new HubException("The server is stopping; reopen the stream to resend what was not answered.");
            default:
                log.LogWarning(failure, "Position stream of {Vehicle} ended", device.VehicleId);
                return new HubException("The position stream ended unexpectedly; reopen it to resend what was not answered.");
        }
    }

    private readonly record struct Unanswered(long Number, Task<bool>? Stored, string? Refusal);
}
