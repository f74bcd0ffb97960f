using System.Text.Json;
using Dispatch.Routing.Snapping;
using Dispatch.Server.Coverage.Live;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;
using RoutingPoint = Dispatch.Routing.GeoPoint;

namespace Dispatch.Server.Coverage.MoveUps;

/// <summary>
/// Sends an available ambulance to a standby post: the status moves Available → Relocating atomically (a vehicle
/// committed to a call or referral is never taken), the relocation is kept in Redis, and the device is told where to go
/// with the road route. The crew reports arrival and the vehicle is Available again, at its new post.
/// </summary>
public sealed class Relocations(
    IConnectionMultiplexer redis,
    FleetStore fleet,
    VehicleRegistry vehicles,
    Staleness staleness,
    CoverageMonitor monitor,
    IHubContext<DispatchHub> hub,
    VehicleStatusPublisher statuses,
    TimeProvider clock)
{
    public const string Key = "dispatch:coverage:relocations";
    public const string DeviceEvent = "Relocate";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Relocation> SendAsync(string vehicleId, string postId, string sentBy)
    {
        var region = monitor.Region ?? throw new MoveUpRefusal(503, "Coverage is starting", "The coverage grid is still being prepared; try again in a moment.");
        var vehicle = vehicles.Find(vehicleId) ?? throw new MoveUpRefusal(404, "No such vehicle", $"Vehicle {vehicleId} is not in this region's fleet.");
        if (vehicle.Kind != VehicleKinds.Ambulance) throw new MoveUpRefusal(409, "Not an ambulance", $"{vehicle.CallSign} is not an ambulance; only ambulances are moved up.");
        var index = region.Posts.IndexOf(postId);
        if (index < 0) throw new MoveUpRefusal(404, "No such post", $"Standby post {postId} is not one of this region's posts.");
        var post = region.Posts.All[index];
        var position = await fleet.LastPositionAsync(vehicleId);
        if (staleness.IsStale(position))
            throw new MoveUpRefusal(409, "Vehicle silent", $"{vehicle.CallSign} has not reported a position recently; it cannot be moved up.");
        var status = await fleet.StatusAsync(vehicleId);
        if (status != VehicleStatus.Available)
            throw new MoveUpRefusal(409, "Vehicle committed", $"{vehicle.CallSign} is {status}; only an available ambulance is moved up.");

        Dispatch.Routing.Queries.RouteResult? route;
        try
        {
            route = region.Engine.Route(new RoutingPoint(position!.Lon, position.Lat), post.Point);
        }
        catch (SnapRefusedException e)
        {
            throw new MoveUpRefusal(422, "Too far from a road", e.Message);
        }
        if (route is null) throw new MoveUpRefusal(409, "No route", $"No open road leads from {vehicle.CallSign} to {post.Name}.");

        var relocation = new Relocation(vehicleId, post.Id, post.Name, post.NameEn, post.Point.Lon, post.Point.Lat,
            Math.Round(route.Seconds, 1), Math.Round(route.Meters), route.Geometry.Coordinates.Select(c => new[] { Math.Round(c.X, 6), Math.Round(c.Y, 6) }).ToArray(),
            sentBy, clock.GetUtcNow());
        // Kept first: a device asking right after the status changed must find where to go.
        await redis.GetDatabase().HashSetAsync(Key, vehicleId, JsonSerializer.Serialize(relocation, Json));
        if (await fleet.TryMoveAsync(vehicleId, VehicleStatus.Available, VehicleStatus.Relocating, "") is { } actual)
        {
            await redis.GetDatabase().HashDeleteAsync(Key, vehicleId);
            throw new MoveUpRefusal(409, "Vehicle committed", $"{vehicle.CallSign} became {actual}; only an available ambulance is moved up.");
        }
        await statuses.PublishAsync(vehicleId, VehicleStatus.Relocating, null);
        await hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(DeviceEvent, relocation);
        monitor.Invalidate();
        return relocation;
    }

    /// <summary>The crew is at the post: Relocating → Available.</summary>
    /// <returns>null when done, otherwise the status that refused it.</returns>
    public async Task<VehicleStatus?> ArrivedAsync(string vehicleId)
    {
        if (await fleet.TryMoveAsync(vehicleId, VehicleStatus.Relocating, VehicleStatus.Available, "") is { } actual) return actual;
        await redis.GetDatabase().HashDeleteAsync(Key, vehicleId);
        await statuses.PublishAsync(vehicleId, VehicleStatus.Available, null);
        monitor.Invalidate();
        return null;
    }

    /// <summary>Where the vehicle is being sent, while it is Relocating.</summary>
    public async Task<Relocation?> CurrentAsync(string vehicleId)
    {
        if (await fleet.StatusAsync(vehicleId) != VehicleStatus.Relocating) return null;
        var value = await redis.GetDatabase().HashGetAsync(Key, vehicleId);
        return value.IsNull ? null : JsonSerializer.Deserialize<Relocation>((string)value!, Json);
    }
}
