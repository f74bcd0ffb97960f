using System.Collections.Concurrent;
using System.Globalization;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Dispatch.Tests.Fleet;

/// <summary>A hub context that records what is sent to groups, for broadcaster tests without a server.</summary>
internal sealed class RecordingPositionHub : IHubContext<DispatchHub>
{
    public ConcurrentQueue<(string Group, VehiclePosition[] Positions)> Messages { get; } = new();
    public ConcurrentQueue<string> Methods { get; } = new();

    /// <summary>A broadcaster that pushes through this hub every <paramref name="intervalMs"/> (its watchers read <paramref name="redis"/>).</summary>
    public PositionBroadcaster Broadcaster(IConnectionMultiplexer redis, int intervalMs)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Fleet:BroadcastIntervalMs"] = intervalMs.ToString(CultureInfo.InvariantCulture) }).Build();
        return new PositionBroadcaster(this, new VehicleWatchers(redis, this, NullLogger<VehicleWatchers>.Instance), config,
            NullLogger<PositionBroadcaster>.Instance);
    }

    public IHubClients Clients => new GroupsOnly(this);
    public IGroupManager Groups => throw new NotSupportedException();

    private void Record(string method, string group, VehiclePosition[] positions)
    {
        Methods.Enqueue(method);
        Messages.Enqueue((group, positions));
    }

    private sealed class GroupsOnly(RecordingPositionHub hub) : IHubClients
    {
        public IClientProxy Group(string groupName) => new Proxy(hub, groupName);
        public IClientProxy All => throw new NotSupportedException();
        public IClientProxy AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();
        public IClientProxy Client(string connectionId) => throw new NotSupportedException();
        public IClientProxy Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();
        public IClientProxy GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();
        public IClientProxy Groups(IReadOnlyList<string> groupNames) => throw new NotSupportedException();
        public IClientProxy User(string userId) => throw new NotSupportedException();
        public IClientProxy Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();
    }

    private sealed class Proxy(RecordingPositionHub hub, string group) : IClientProxy
    {
        public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
        {
            hub.Record(method, group, (VehiclePosition[])args[0]!);
            return Task.CompletedTask;
        }
    }
}
