using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A device on <see cref="LeanHubConnection"/> that reports on the hub's position stream: once connected it opens
/// <c>StreamPositions</c> with a stream invocation naming one upload stream, then sends each report as an item of that
/// stream; the answers come back as items of the invocation's stream, and its completion (with an error or not) ends it.
/// </summary>
public sealed class LeanStreamingDevice : StreamingDevice
{
    private const string InvocationId = "1";
    private const string UploadId = "2";
    private readonly LeanHubConnection _connection;

    public LeanStreamingDevice(string vehicleId, Uri hub, string accessToken, GeoBounds area, Random random, LoadCounters counters)
        : base(vehicleId, area, random, counters)
    {
        _connection = new LeanHubConnection(hub, accessToken, Answers.Instance)
        {
            StreamItem = item =>
            {
                if (item.InvocationId == InvocationId && item.Item is PositionReportsAnswered answer) OnAnswer(answer);
            },
            Completed = completion =>
            {
                if (completion.InvocationId == InvocationId) End(completion.Error is { } error ? new HubException(error) : null);
            },
            Closed = reason =>
            {
                if (reason is not null) Counters.Error(reason);
                End(new HubException("The connection closed before the reports were answered.", reason));
            },
        };
    }

    public override bool Connected => _connection.Connected;

    public override async Task StartAsync(CancellationToken ct)
    {
        await _connection.StartAsync(ct);
        await _connection.SendAsync(new StreamInvocationMessage(InvocationId, StreamMethod, [], [UploadId]));
    }

    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    protected override void Upload(PositionReport report) =>
        _connection.Post(new StreamItemMessage(UploadId, report), static (e, device) => device.End(e), this);

    /// <summary>What a streaming device is ever sent: answers on its one stream, and that stream's completion.</summary>
    private sealed class Answers : IInvocationBinder
    {
        public static readonly Answers Instance = new();
        public Type GetReturnType(string invocationId) => typeof(object);
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => Type.EmptyTypes;
        public Type GetStreamItemType(string streamId) => typeof(PositionReportsAnswered);
    }
}
