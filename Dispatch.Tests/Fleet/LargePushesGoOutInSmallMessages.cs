using System.Collections.Concurrent;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Dispatch.Tests.Fleet;

/// <summary>
/// A push of more vehicles than fit one message goes out as several messages of at most MaxPerMessage positions,
/// each vehicle's latest position exactly once.
/// </summary>
[TestFixture]
public sealed class LargePushesGoOutInSmallMessages
{
    [Test]
    public async Task Each_vehicle_arrives_once_with_its_latest_position_in_messages_of_bounded_size()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var mux = await redis.ConnectAsync();
        const int vehicles = 2 * PositionBroadcaster.MaxPerMessage + 50;
        var hub = new RecordingHub(expected: vehicles);
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Fleet:BroadcastIntervalMs"] = "50" }).Build();
        var watchers = new VehicleWatchers(mux, hub, NullLogger<VehicleWatchers>.Instance);
        var broadcaster = new PositionBroadcaster(hub, watchers, config, NullLogger<PositionBroadcaster>.Instance);

        var t0 = DateTimeOffset.UtcNow;
        // Two reports per vehicle before the first push: only the later one may go out.
        broadcaster.Enqueue(Enumerable.Range(0, vehicles).Select(v => new VehiclePosition($"v{v}", 104.06, 30.67, 0, 0, t0)).ToList());
        broadcaster.Enqueue(Enumerable.Range(0, vehicles).Select(v => new VehiclePosition($"v{v}", 104.07, 30.68, 0, 0, t0.AddSeconds(1))).ToList());
        await broadcaster.StartAsync(CancellationToken.None);
        try
        {
            await hub.AllArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            await broadcaster.StopAsync(CancellationToken.None);
        }

        Assert.That(hub.Messages.Select(m => m.Group).Distinct(), Is.EqualTo(new[] { HubGroups.Dispatchers }));
        Assert.That(hub.Messages.Select(m => m.Positions.Length), Has.All.InRange(1, PositionBroadcaster.MaxPerMessage));
        Assert.That(hub.Messages, Has.Count.GreaterThanOrEqualTo(3));
        var delivered = hub.Messages.SelectMany(m => m.Positions).ToList();
        Assert.That(delivered.Select(p => p.VehicleId), Is.Unique);
        Assert.That(delivered, Has.Count.EqualTo(vehicles));
        Assert.That(delivered.Select(p => p.Timestamp), Has.All.EqualTo(t0.AddSeconds(1)));
    }

    private sealed class RecordingHub(int expected) : IHubContext<DispatchHub>
    {
        private int _received;
        public ConcurrentQueue<(string Group, VehiclePosition[] Positions)> Messages { get; } = new();
        public TaskCompletionSource AllArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IHubClients Clients => new GroupsOnly(this);
        public IGroupManager Groups => throw new NotSupportedException();

        private void Record(string group, VehiclePosition[] positions)
        {
            Messages.Enqueue((group, positions));
            if (Interlocked.Add(ref _received, positions.Length) >= expected) AllArrived.TrySetResult();
        }

        private sealed class GroupsOnly(RecordingHub hub) : IHubClients
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

        private sealed class Proxy(RecordingHub hub, string group) : IClientProxy
        {
            public Task SendCoreAsync(string method, object?[] args, CancellationToken cancellationToken = default)
            {
                Assert.That(method, Is.EqualTo(PositionBroadcaster.EventName));
                hub.Record(group, (VehiclePosition[])args[0]!);
                return Task.CompletedTask;
            }
        }
    }
}
