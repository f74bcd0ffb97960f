using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>
/// The one hub of the product, at /hubs/dispatch. Pushes go to role groups; calls are checked against the caller's token.
/// Each capability adds its methods in its own partial file (DispatchHub.*.cs) and takes its services as method parameters.
/// </summary>
[Authorize]
public sealed partial class DispatchHub : Hub<IDispatchClient>
{
    public override async Task OnConnectedAsync()
    {
        var group = HubGroups.For(Context.User!);
        if (group is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        await base.OnConnectedAsync();
    }

    /// <summary>
    /// The push group this connection joined. The hub answers calls only after the connection has joined it, so a
    /// client that awaits this before loading its lists cannot miss a push sent in between.
    /// </summary>
    public string[] Subscriptions() => HubGroups.For(Context.User!) is { } group ? [group] : [];
}
