using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Load;

/// <summary>A device on Microsoft's SignalR client (<c>--client signalr</c>): one <c>InvokeAsync</c> per report.</summary>
public sealed class HubConnectionDevice(string vehicleId, HubConnection connection, GeoBounds area, Random random, LoadCounters counters)
    : SimulatedDevice(vehicleId, area, random, counters)
{
    public override bool Connected => connection.State == HubConnectionState.Connected;
    public override Task StartAsync(CancellationToken ct) => connection.StartAsync(ct);
    public override ValueTask DisposeAsync() => connection.DisposeAsync();

    protected override void Send(PositionReport report, long ticks) => _ = InvokeAsync(report, ticks);

    private async Task InvokeAsync(PositionReport report, long ticks)
    {
        try
        {
            Answered(ticks, await connection.InvokeAsync<bool>(Method, report));
        }
        catch (Exception e)
        {
            Failed(e);
        }
    }
}

/// <summary>A <see cref="HubConnection"/> as a bench connection.</summary>
public sealed class HubBenchConnection(HubConnection connection) : IBenchConnection
{
    public bool Connected => connection.State == HubConnectionState.Connected;
    public Task StartAsync(CancellationToken ct) => connection.StartAsync(ct);
    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
