using Dispatch.Server.Fleet;
using Dispatch.Server.Accounts;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Dispatch.Server.Tools.Load;

/// <summary>
/// Real hub connections for the bench: WebSockets without the negotiate round trip, MessagePack, tokens minted with the
/// server's key; on the lean client or on Microsoft's HubConnection (<see cref="BenchClient"/>).
/// </summary>
public sealed class BenchConnections(LoadTarget target, BenchClient client, BenchReports reports, LoadCounters counters)
{
    private readonly TokenIssuer _issuer = new(
        SigningKey.FromSecret(target.SigningKey),
        new ConfigurationBuilder().Build(), TimeProvider.System);

    private Uri HubUri => new(target.ServerUrl.Replace("http://", "ws://", StringComparison.OrdinalIgnoreCase)
        .Replace("https://", "wss://", StringComparison.OrdinalIgnoreCase) + "/hubs/dispatch");

    public SimulatedDevice Device(string vehicleId, GeoBounds area, Random random)
    {
        var token = Token(new Account
        {
            Username = $"device.{vehicleId}", Role = Roles.Vehicle, DisplayName = vehicleId, PasswordHash = "-", VehicleId = vehicleId,
        });
        return (client, reports) switch
        {
            (BenchClient.Lean, BenchReports.Stream) => new LeanStreamingDevice(vehicleId, HubUri, token, area, random, counters),
            (BenchClient.Lean, _) => new LeanDevice(vehicleId, HubUri, token, area, random, counters),
            (_, BenchReports.Stream) => new HubConnectionStreamingDevice(vehicleId, Build(token), area, random, counters),
            _ => new HubConnectionDevice(vehicleId, Build(token), area, random, counters),
        };
    }

    /// <summary>A dispatcher connection that hands every pushed position batch to the probe.</summary>
    public IBenchConnection Dispatcher(int index, DispatcherProbe probe)
    {
        var token = Token(new Account
        {
            Username = "dispatcher", Role = Roles.Dispatcher, DisplayName = $"Load test dispatcher {index + 1}", PasswordHash = "-",
        });
        if (client == BenchClient.Lean)
        {
            return new LeanHubConnection(HubUri, token, PositionBatches.Instance)
            {
                Invoked = m =>
                {
                    if (m.Target == PositionBroadcaster.EventName && m.Arguments is [VehiclePosition[] batch]) probe.OnBatch(batch);
                },
                Closed = e => { if (e is not null) counters.Error(e); },
            };
        }
        var connection = Build(token);
        connection.On<VehiclePosition[]>(PositionBroadcaster.EventName, probe.OnBatch);
        return new HubBenchConnection(connection);
    }

    private string Token(Account account) => _issuer.Issue(account, TimeSpan.FromHours(2)).Token;

    private HubConnection Build(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(target.ServerUrl + "/hubs/dispatch", HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddMessagePackProtocol()
            .Build();
        connection.Closed += e => { if (e is not null) counters.Error(e); return Task.CompletedTask; };
        return connection;
    }

    /// <summary>Starts connections a bounded number at a time, so thousands of handshakes do not all land at once.</summary>
    public static async Task StartAllAsync(IEnumerable<IBenchConnection> connections, int parallel, CancellationToken ct) =>
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (c, token) => await c.StartAsync(token));

    /// <summary>What a dispatcher binds: the position pushes; other pushes are not bound and are dropped.</summary>
    private sealed class PositionBatches : IInvocationBinder
    {
        public static readonly PositionBatches Instance = new();
        private static readonly Type[] Batch = [typeof(VehiclePosition[])];

        public Type GetReturnType(string invocationId) => typeof(object);

        public IReadOnlyList<Type> GetParameterTypes(string methodName) =>
            methodName == PositionBroadcaster.EventName ? Batch : throw new HubException($"Not handled: {methodName}");

        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
