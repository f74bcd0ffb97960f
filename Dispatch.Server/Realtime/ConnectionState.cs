using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Realtime;

/// <summary>
/// Per-connection state kept in <see cref="HubCallerContext.Items"/>. A device's position stream runs beside the
/// connection's other calls, so the dictionary is only touched under its own lock, and what changes afterwards lives
/// in the object stored there rather than in the dictionary.
/// </summary>
public static class ConnectionState
{
    public static T GetOrAdd<T>(this HubCallerContext connection, Func<HubCallerContext, T> create) where T : class
    {
        lock (connection.Items)
        {
            if (connection.Items.TryGetValue(typeof(T), out var known) && known is T existing) return existing;
            var created = create(connection);
            connection.Items[typeof(T)] = created;
            return created;
        }
    }
}
