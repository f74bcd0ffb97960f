using Dispatch.Server.Fleet;
using System.Globalization;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// A device on <see cref="LeanHubConnection"/> (<c>--client lean</c>): each report is a real invocation of the hub's
/// <c>ReportPosition</c> with its own invocation id, answered by the server's completion — true/false as result, or the
/// hub error, which counts as an error. The device has at most one report in flight, so it only remembers that one.
/// </summary>
public sealed class LeanDevice : SimulatedDevice
{
    private readonly LeanHubConnection _connection;
    private string? _pending;
    private long _pendingTicks;
    private long _nextId;

    public LeanDevice(string vehicleId, Uri hub, string accessToken, GeoBounds area, Random random, LoadCounters counters)
        : base(vehicleId, area, random, counters)
    {
        _connection = new LeanHubConnection(hub, accessToken, BoolResults.Instance)
        {
            Completed = OnCompleted,
            Closed = OnClosed,
        };
    }

    public LeanHubConnection Connection => _connection;
    public override bool Connected => _connection.Connected;
    public override Task StartAsync(CancellationToken ct) => _connection.StartAsync(ct);
    public override ValueTask DisposeAsync() => _connection.DisposeAsync();

    protected override void Send(PositionReport report, long ticks)
    {
        var id = (++_nextId).ToString(CultureInfo.InvariantCulture);
        _pendingTicks = ticks;
        Volatile.Write(ref _pending, id);
        _connection.Post(new InvocationMessage(id, Method, [report]), static (e, sent) =>
        {
            if (Interlocked.CompareExchange(ref sent.Device._pending, null, sent.Id) == sent.Id) sent.Device.Failed(e);
        }, (Device: this, Id: id));
    }

    private void OnCompleted(CompletionMessage completion)
    {
        var pending = Volatile.Read(ref _pending);
        if (pending is null || completion.InvocationId != pending || Interlocked.CompareExchange(ref _pending, null, pending) != pending)
        {
            Counters.Error(new InvalidOperationException($"Completion for invocation {completion.InvocationId}, which is not in flight."));
            return;
        }
        if (completion.Error is { } error) Failed(new HubException(error));
        else Answered(_pendingTicks, completion.Result is true);
    }

    private void OnClosed(Exception? reason)
    {
        if (reason is not null) Counters.Error(reason);
        if (Interlocked.Exchange(ref _pending, null) is not null)
            Failed(new HubException("The connection closed before the report was answered.", reason));
    }

    /// <summary>The one thing a device is ever answered: its reports' completions, whose result is a bool.</summary>
    private sealed class BoolResults : IInvocationBinder
    {
        public static readonly BoolResults Instance = new();
        public Type GetReturnType(string invocationId) => typeof(bool);
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => Type.EmptyTypes;
        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
