using Dispatch.Server.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>
/// A connection's SignalR user is its account's username, so a push meant for one person (the doctor who booked a
/// transport) reaches that person's open consoles only, on whichever server instance they are connected.
/// </summary>
public sealed class UsernameUserIds : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.User?.Username() is { Length: > 0 } name ? name : null;
}
