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
/// Sends an available ambulance to a standby post through the command runner: the status moves Available → Relocating
/// in the same atomic write that keeps the relocation (a vehicle committed to a call or referral is never taken), and
/// the device is told where to go with the road route. The crew reports arrival and the vehicle is Available again, at its new post.
/// </summary>
public sealed class Relocations(
    IConnectionMultiplexer redis,
    FleetStore fleet,
    VehicleRegistry vehicles,
    Staleness staleness,
    CoverageMonitor monitor,
    IHubContext<DispatchHub> hub,
    VehicleStatusPublisher statuses,
    Commands.CommandRunner runner,
    TimeProvider clock)
{
    public const string Key = "dispatch:coverage:relocations";
    public const string DeviceEvent = nameof(Realtime.IDispatchClient.Relocate);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Relocation> SendAsync(string vehicleId, string postId, string sentBy)
    {
        var region = monitor.Region ?? throw new MoveUpRefusal(Commands.RefusalKind.Unavailable, "coverage-starting", "Coverage is starting", "The coverage grid is still being prepared; try again in a moment.");
        var vehicle = vehicles.Find(vehicleId) ?? throw new MoveUpRefusal(Commands.RefusalKind.NotFound, "unknown-vehicle", "No such vehicle", $"Vehicle {vehicleId} is not in this region's fleet.");
        if (vehicle.Kind != VehicleKinds.Ambulance) throw new MoveUpRefusal(Commands.RefusalKind.Conflict, "not-an-ambulance", "Not an ambulance", $"{vehicle.CallSign} is not an ambulance; only ambulances are moved up.");
        var index = region.Posts.IndexOf(postId);
        if (index < 0) throw new MoveUpRefusal(Commands.RefusalKind.NotFound, "unknown-post", "No such post", $"Standby post {postId} is not one of this region's posts.");
        var post = region.Posts.All[index];
        var position = await fleet.LastPositionAsync(vehicleId);
        if (staleness.IsStale(position))
            throw new MoveUpRefusal(Commands.RefusalKind.Conflict, "vehicle-silent", "Vehicle silent", $"{vehicle.CallSign} has not reported a position recently; it cannot be moved up.");
        // Refused before a route is searched; the write below compares again.
        var status = await fleet.StatusAsync(vehicleId);
        if (status != VehicleStatus.Available)
            throw new MoveUpRefusal(Commands.RefusalKind.Conflict, "vehicle-busy", "Vehicle committed", $"{vehicle.CallSign} is {status}; only an available ambulance is moved up.");

        Dispatch.Routing.Queries.RouteResult? route;
        try
        {
            route = region.Engine.Route(new RoutingPoint(position!.Lon, position.Lat), post.Point);
        }
        catch (SnapRefusedException e)
        {
            throw new MoveUpRefusal(Commands.RefusalKind.Unprocessable, "off-road", "Too far from a road", e.Message);
        }
        if (route is null) throw new MoveUpRefusal(Commands.RefusalKind.Conflict, "no-route", "No route", $"No open road leads from {vehicle.CallSign} to {post.Name}.");

        var relocation = new Relocation(vehicleId, post.Id, post.Name, post.NameEn, post.Point.Lon, post.Point.Lat,
            Math.Round(route.Seconds, 1), Math.Round(route.Meters), route.Geometry.Coordinates.Select(c => new[] { Math.Round(c.X, 6), Math.Round(c.Y, 6) }).ToArray(),
            sentBy, clock.GetUtcNow());
        // The status, the (empty) mission and where to go are written together: a device asking right after the status
        // changed finds where to go, and a vehicle taken by a call meanwhile is never sent away.
        var outcome = await runner.RunAsync($"Vehicle {vehicleId}", null, async command =>
        {
            var state = await fleet.StateAsync(vehicleId);
            if (state.Status != VehicleStatus.Available || state.Mission is not null)
                throw new MoveUpRefusal(Commands.RefusalKind.Conflict, "vehicle-busy", "Vehicle committed", $"{vehicle.CallSign} is {state.Status}; only an available ambulance is moved up.");
            statuses.Stage(command, new VehicleMove(state, VehicleStatus.Relocating, null));
            command.Commit.HashSet(Key, vehicleId, JsonSerializer.Serialize(relocation, Json));
            command.Announce(() => hub.Clients.Group(HubGroups.Vehicle(vehicleId)).SendAsync(DeviceEvent, relocation));
            command.Announce(() => { monitor.Invalidate(); return Task.CompletedTask; });
            return relocation;
        });
        return outcome.Value;
    }

    /// <summary>The crew is at the post: Relocating → Available, with the relocation forgotten in the same write.</summary>
    /// <returns>null when done, otherwise the status that refused it.</returns>
    public async Task<VehicleStatus?> ArrivedAsync(string vehicleId)
    {
        var outcome = await runner.RunAsync<VehicleStatus?>($"Vehicle {vehicleId}", null, async command =>
        {
            var state = await fleet.StateAsync(vehicleId);
            if (state.Status != VehicleStatus.Relocating) return state.Status;
            statuses.Stage(command, new VehicleMove(state, VehicleStatus.Available, null));
            command.Commit.HashDelete(Key, vehicleId);
            command.Announce(() => { monitor.Invalidate(); return Task.CompletedTask; });
            return null;
        });
        return outcome.Value;
    }

    /// <summary>Where the vehicle is being sent, while it is Relocating.</summary>
    public async Task<Relocation?> CurrentAsync(string vehicleId)
    {
        if (await fleet.StatusAsync(vehicleId) != VehicleStatus.Relocating) return null;
        var value = await redis.GetDatabase().HashGetAsync(Key, vehicleId);
        return value.IsNull ? null : JsonSerializer.Deserialize<Relocation>((string)value!, Json);
    }
}
