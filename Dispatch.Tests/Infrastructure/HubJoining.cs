using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Infrastructure;

public static class HubJoining
{
    /// <summary>
    /// Starts the connection and waits until the server has put it in its push group: StartAsync returns at the
    /// handshake, before the hub's OnConnectedAsync has joined the group, so a push sent right after could be missed.
    /// </summary>
    public static async Task StartJoinedAsync(this HubConnection hub)
    {
        await hub.StartAsync();
        var groups = await hub.InvokeAsync<string[]>("Subscriptions");
        if (groups.Length == 0) throw new InvalidOperationException("The hub put this connection in no push group.");
    }
}
