using Dispatch.Server.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>
/// The one hub of the product, at /hubs/dispatch. Pushes go to role groups; calls are checked against the caller's token.
/// Each capability adds its methods in its own partial file (DispatchHub.*.cs) and takes its services as method parameters.
/// </summary>
[Authorize]
public sealed partial class DispatchHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        var user = Context.User!;
        var group = user.Role() switch
        {
            Roles.Dispatcher or Roles.Admin => HubGroups.Dispatchers,
            Roles.Doctor when user.FacilityId() is { } f => HubGroups.Facility(f),
            Roles.Hospital when user.HospitalId() is { } h => HubGroups.Hospital(h),
            Roles.Vehicle when user.VehicleId() is { } v => HubGroups.Vehicle(v),
            _ => null,
        };
        if (group is null)
        {
            Context.Abort();
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        Context.Items[GroupItem] = group;
        await base.OnConnectedAsync();
    }

    private const string GroupItem = "push-group";

    /// <summary>
    /// The push group this connection joined. The hub answers calls only after the connection has joined it, so a
    /// client that awaits this before loading its lists cannot miss a push sent in between.
    /// </summary>
    public string[] Subscriptions() => Context.Items.TryGetValue(GroupItem, out var group) && group is string g ? [g] : [];
}
