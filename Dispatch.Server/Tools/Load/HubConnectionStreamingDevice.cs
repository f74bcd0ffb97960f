using Dispatch.Server.Fleet;
using System.Threading.Channels;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Load;

/// <summary>A device on Microsoft's SignalR client that reports on the position stream (<c>--client signalr --reports stream</c>).</summary>
public sealed class HubConnectionStreamingDevice(string vehicleId, HubConnection connection, GeoBounds area, Random random, LoadCounters counters)
    : StreamingDevice(vehicleId, area, random, counters)
{
    private readonly Channel<PositionReport> _upload = Channel.CreateUnbounded<PositionReport>(new UnboundedChannelOptions { SingleReader = true });
    private Task _reading = Task.CompletedTask;

    public override bool Connected => connection.State == HubConnectionState.Connected;

    public override async Task StartAsync(CancellationToken ct)
    {
        await connection.StartAsync(ct);
        var answers = await connection.StreamAsChannelAsync<PositionReportsAnswered>(StreamMethod, _upload.Reader, ct);
        _reading = Task.Run(() => ReadAnswersAsync(answers), CancellationToken.None);
    }

    protected override void Upload(PositionReport report)
    {
        if (!_upload.Writer.TryWrite(report)) throw new InvalidOperationException("The upload stream is closed.");
    }

    private async Task ReadAnswersAsync(ChannelReader<PositionReportsAnswered> answers)
    {
        try
        {
            await foreach (var answer in answers.ReadAllAsync()) OnAnswer(answer);
            End(null);
        }
        catch (Exception e)
        {
            End(e);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        _upload.Writer.TryComplete();
        await connection.DisposeAsync();
        try { await _reading; } catch (Exception) { }
    }
}
