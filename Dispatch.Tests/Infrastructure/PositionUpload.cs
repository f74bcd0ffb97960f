using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Infrastructure;

/// <summary>
/// A device's position stream (the hub's StreamPositions) as a test drives it: reports go up one at a time, and the
/// server's answers are collected as they arrive, each with when it arrived. Items go up as objects, so a test can
/// also send what is not a report at all.
/// </summary>
public sealed class PositionUpload
{
    public const string Method = nameof(Dispatch.Server.Realtime.DispatchHub.StreamPositions);

    private readonly Channel<object?> _up = Channel.CreateUnbounded<object?>();
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private Task _reading = Task.CompletedTask;

    public sealed record Answer(PositionReportsAnswered Value, TimeSpan At);

    private PositionUpload()
    {
    }

    /// <summary>Opens the stream; a refusal to open it shows as <see cref="Finished"/> failing with a HubException.</summary>
    public static async Task<PositionUpload> OpenAsync(HubConnection device)
    {
        var upload = new PositionUpload();
        var answers = await device.StreamAsChannelAsync<PositionReportsAnswered>(Method, upload._up.Reader);
        upload._reading = upload.CollectAsync(answers);
        return upload;
    }

    private async Task CollectAsync(ChannelReader<PositionReportsAnswered> answers)
    {
        await foreach (var answer in answers.ReadAllAsync()) _answers.Enqueue(new Answer(answer, _since.Elapsed));
    }

    /// <summary>Completes when the server has completed the answer stream; fails with the error it ended with.</summary>
    public Task Finished => _reading;

    /// <summary>Time since the stream was opened, on the same clock as <see cref="Answer.At"/>.</summary>
    public TimeSpan Elapsed => _since.Elapsed;

    public IReadOnlyList<Answer> Answers => _answers.ToArray();

    public IReadOnlyList<PositionReportsAnswered> Values => _answers.Select(a => a.Value).ToArray();

    public ValueTask SendAsync(PositionReport report) => _up.Writer.WriteAsync(report);

    /// <summary>Sends any item, e.g. null or something that is not a position report.</summary>
    public ValueTask SendItemAsync(object? item) => _up.Writer.WriteAsync(item);

    /// <summary>Ends the upload: the server answers what is left and completes the answer stream.</summary>
    public void Complete() => _up.Writer.TryComplete();

    /// <summary>Waits for an answer covering at least the <paramref name="through"/>-th report.</summary>
    public Task<PositionReportsAnswered> AnsweredThroughAsync(long through, TimeSpan timeout) =>
        Poll.UntilAsync(() =>
        {
            if (_reading.IsFaulted) throw new InvalidOperationException("The answer stream ended with an error: " + _reading.Exception!.InnerException!.Message);
            return Task.FromResult(Values.LastOrDefault(a => a.Through >= through));
        }, timeout, $"an answer through report {through}");

    /// <summary>Ends the upload and waits for the server to complete the answer stream; returns every answer.</summary>
    public async Task<IReadOnlyList<PositionReportsAnswered>> FinishAsync(TimeSpan timeout)
    {
        Complete();
        await _reading.WaitAsync(timeout);
        return Values;
    }

    /// <summary>The reports answered "not newer" over all answers so far.</summary>
    public long[] NotNewer => Values.SelectMany(a => a.NotNewer).ToArray();

    public RefusedReport[] Refused => Values.SelectMany(a => a.Refused).ToArray();

    public int Stored => Values.Sum(a => a.Stored);
}
