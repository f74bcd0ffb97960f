using System.Text.Json;
using Dispatch.Routing.Closures;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using RoutingPoint = Dispatch.Routing.GeoPoint;

namespace Dispatch.Server.Routing;

public sealed record ClosureRequest(string? Id, string? Reason, double[][]? Line, double? RadiusMeters);

/// <param name="SetBy">the dispatcher's username.</param>
/// <param name="SetByName">the dispatcher's name as people read it (absent on closures set before it was kept).</param>
public sealed record ClosureView(string Id, string? Reason, double[][] Line, double RadiusMeters, string SetBy, DateTimeOffset SetAt, int ClosedEdges,
    string? SetByName = null);

/// <summary>
/// Road closures a dispatcher draws (an epidemic checkpoint, a flooded road). Kept in Redis and announced over
/// pub/sub, so every server instance routes around them at once and they survive restarts.
/// </summary>
public sealed class RoadClosureBoard : IHostedService
{
    public const string HashKey = "dispatch:routing:closures";
    private static readonly RedisChannel Channel = RedisChannel.Literal("dispatch:routing:closures");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IConnectionMultiplexer _redis;
    private readonly RoadNetwork _network;
    private readonly ILogger<RoadClosureBoard> _log;
    private readonly IHubContext<DispatchHub> _hub;
    public const string ChangedEvent = nameof(IDispatchClient.RoadClosuresChanged);

    public RoadClosureBoard(IConnectionMultiplexer redis, RoadNetwork network, IHubContext<DispatchHub> hub, ILogger<RoadClosureBoard> log)
    {
        _redis = redis;
        _network = network;
        _hub = hub;
        _log = log;
    }

    public async Task StartAsync(CancellationToken ct)
    {
        await _redis.GetSubscriber().SubscribeAsync(Channel, (_, _) => _ = ReloadAsync());
        await ReloadAsync();
    }

    public Task StopAsync(CancellationToken ct) => _redis.GetSubscriber().UnsubscribeAsync(Channel);

    public async Task<ClosureView> SetAsync(ClosureRequest request, string setBy, string? setByName = null)
    {
        var id = string.IsNullOrWhiteSpace(request.Id) ? "RC-" + Guid.NewGuid().ToString("N")[..8] : request.Id;
        var closure = ToClosure(id, request);
        var edges = _network.All.Select(e => e.Closures.Set(closure).Count).Max();
        var view = new ClosureView(id, request.Reason, request.Line!, request.RadiusMeters ?? 15, setBy, DateTimeOffset.UtcNow, edges, setByName);
        await _redis.GetDatabase().HashSetAsync(HashKey, id, JsonSerializer.Serialize(view, Json));
        await _redis.GetSubscriber().PublishAsync(Channel, id);
        await _hub.Clients.Group(HubGroups.Dispatchers).SendAsync(ChangedEvent, new RoadClosureChanged(id));
        return view;
    }

    public async Task<bool> LiftAsync(string id)
    {
        var removed = await _redis.GetDatabase().HashDeleteAsync(HashKey, id);
        foreach (var engine in _network.All) engine.Closures.Lift(id);
        await _redis.GetSubscriber().PublishAsync(Channel, id);
        await _hub.Clients.Group(HubGroups.Dispatchers).SendAsync(ChangedEvent, new RoadClosureChanged(id));
        return removed;
    }

    public async Task<IReadOnlyList<ClosureView>> ListAsync() =>
        (await _redis.GetDatabase().HashValuesAsync(HashKey))
            .Select(v => JsonSerializer.Deserialize<ClosureView>((string)v!, Json)!).OrderBy(v => v.SetAt).ToList();

    /// <summary>Makes this instance's engines match what Redis holds.</summary>
    private async Task ReloadAsync()
    {
        try
        {
            var stored = await ListAsync();
            foreach (var engine in _network.All)
            {
                foreach (var active in engine.Closures.Current.Active.Select(a => a.closure.Id).ToList())
                    if (stored.All(s => s.Id != active)) engine.Closures.Lift(active);
                foreach (var s in stored)
                    engine.Closures.Set(ToClosure(s.Id, new ClosureRequest(s.Id, s.Reason, s.Line, s.RadiusMeters)));
            }
        }
        catch (Exception e) when (e is RedisException or JsonException)
        {
            _log.LogWarning(e, "Could not reload road closures");
        }
    }

    private static RoadClosure ToClosure(string id, ClosureRequest request) =>
        RoadClosure.AlongLine(id, request.Line!.Select(p => new RoutingPoint(p[0], p[1])).ToList(), request.RadiusMeters ?? 15, request.Reason);
}
