using Dispatch.Server.Accounts;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Dispatch.Server.Fleet.Load;

/// <summary>Real hub connections for the bench: WebSockets without the negotiate round trip, MessagePack, tokens minted with the server's key.</summary>
public sealed class BenchConnections(LoadTarget target)
{
    private readonly TokenIssuer _issuer = new(
        SigningKey.FromSecret(target.SigningKey),
        new ConfigurationBuilder().Build(), TimeProvider.System);

    public HubConnection Device(string vehicleId) => Build(new Account
    {
        Username = $"device.{vehicleId}", Role = Roles.Vehicle, DisplayName = vehicleId, PasswordHash = "-", VehicleId = vehicleId,
    });

    public HubConnection Dispatcher(int index) => Build(new Account
    {
        Username = "dispatcher", Role = Roles.Dispatcher, DisplayName = $"Load test dispatcher {index + 1}", PasswordHash = "-",
    });

    private HubConnection Build(Account account)
    {
        var token = _issuer.Issue(account, TimeSpan.FromHours(2)).Token;
        return new HubConnectionBuilder()
            .WithUrl(target.ServerUrl + "/hubs/dispatch", HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddMessagePackProtocol()
            .Build();
    }

    /// <summary>Starts connections a bounded number at a time, so thousands of handshakes do not all land at once.</summary>
    public static async Task StartAllAsync(IReadOnlyList<HubConnection> connections, int parallel, CancellationToken ct) =>
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (c, token) => await c.StartAsync(token));
}
