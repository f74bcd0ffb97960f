namespace Dispatch.Server.Tools.Load;

/// <summary>Which client library the bench's devices and dispatchers use; both speak SignalR's MessagePack protocol over WebSockets.</summary>
public enum BenchClient
{
    /// <summary>A WebSocket per connection with Microsoft's MessagePack hub protocol and one receive loop (<see cref="LeanHubConnection"/>).</summary>
    Lean,

    /// <summary>Microsoft.AspNetCore.SignalR.Client's HubConnection.</summary>
    SignalR,
}

/// <summary>One hub connection of the bench, whichever client library opens it.</summary>
public interface IBenchConnection : IAsyncDisposable
{
    Task StartAsync(CancellationToken ct);

    bool Connected { get; }
}

/// <summary>How the bench's devices send their reports.</summary>
public enum BenchReports
{
    /// <summary>On the hub's position stream (<c>StreamPositions</c>), answered cumulatively about once a second.</summary>
    Stream,

    /// <summary>One <c>ReportPosition</c> call per report, each answered by its own completion.</summary>
    Call,
}
