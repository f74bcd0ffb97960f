using Dispatch.Routing.Snapping;
using Dispatch.Server.Accounts;
using Dispatch.Server.Regions;
using RoutingPoint = Dispatch.Routing.GeoPoint;

namespace Dispatch.Server.Routing;

public sealed record RouteView(double Seconds, double Meters, double[][] Coordinates, double SnapFromMeters, double SnapToMeters);

public static class RouteEndpoints
{
    public static IServiceCollection AddRoadRouting(this IServiceCollection services)
    {
        services.AddSingleton<RoadNetwork>();
        services.AddSingleton<RoadClosureBoard>();
        services.AddHostedService(sp => sp.GetRequiredService<RoadClosureBoard>());
        return services;
    }

    public static IEndpointRouteBuilder MapRoadRouting(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/routes", (double? fromLon, double? fromLat, double? toLon, double? toLat, string? profile, RoadNetwork network, Region region) =>
        {
            var errors = new Dictionary<string, string[]>();
            CheckPoint(errors, "from", fromLon, fromLat, region);
            CheckPoint(errors, "to", toLon, toLat, region);
            var engine = network.TryFor(profile);
            if (engine is null) errors["profile"] = [$"Profile must be {RoadNetwork.Ambulance} or {RoadNetwork.NonEmergency}."];
            if (errors.Count > 0) return Results.ValidationProblem(errors);

            var from = new RoutingPoint(fromLon!.Value, fromLat!.Value);
            var to = new RoutingPoint(toLon!.Value, toLat!.Value);
            try
            {
                var snapFrom = engine!.Snap(from);
                var snapTo = engine.Snap(to);
                var route = engine.Route(from, to);
                if (route is null)
                    return Results.Problem(title: "No route", detail: "No open road connects these two points.", statusCode: StatusCodes.Status404NotFound);
                var coordinates = route.Geometry.Coordinates.Select(c => new[] { Math.Round(c.X, 6), Math.Round(c.Y, 6) }).ToArray();
                return Results.Ok(new RouteView(route.Seconds, route.Meters, coordinates, snapFrom.DistanceMeters, snapTo.DistanceMeters));
            }
            catch (SnapRefusedException e)
            {
                return Results.Problem(title: "Too far from a road", detail: e.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
            }
        }).WithTags("Routing")
            .Produces<RouteView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var closures = app.MapGroup("/api/routing/closures").WithTags("Routing");
        closures.MapGet("/", async (RoadClosureBoard board) => TypedResults.Ok(await board.ListAsync()));
        closures.MapPost("/", async (ClosureRequest? body, RoadClosureBoard board, Region region, HttpContext http) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (body?.Line is not { Length: >= 1 and <= 200 } line) errors["line"] = ["A closure is a point or a line of 1 to 200 [lon, lat] points."];
            else if (line.Any(p => p is not { Length: 2 } || !double.IsFinite(p[0]) || !double.IsFinite(p[1]) || !region.Definition.Bounds.Contains(p[0], p[1])))
                errors["line"] = ["Every point must be [lon, lat] inside the region."];
            if (body?.RadiusMeters is { } r && (!double.IsFinite(r) || r is < 0 or > 2000)) errors["radiusMeters"] = ["Radius must be 0 to 2000 metres."];
            if (body?.Reason is { Length: > 200 }) errors["reason"] = ["At most 200 characters."];
            // The id goes into the Location header and the DELETE path, so it is kept to characters both carry as they are.
            if (body?.Id is { } id && (id.Length > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')))
                errors["id"] = ["An id has at most 64 characters: letters, digits, '-', '_', '.' or ':'."];
            if (errors.Count > 0) return Results.ValidationProblem(errors);
            var view = await board.SetAsync(body!, http.User.Username(), http.User.FindFirst(DispatchClaims.DisplayName)?.Value);
            return Results.Created($"/api/routing/closures/{Uri.EscapeDataString(view.Id)}", view);
        }).Produces<ClosureView>(StatusCodes.Status201Created).RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));
        closures.MapDelete("/{id}", async (string id, RoadClosureBoard board) =>
            await board.LiftAsync(id) ? Results.NoContent() : Results.Problem(title: "No such closure", detail: $"Closure {id} is not in force.", statusCode: 404))
            .Produces(StatusCodes.Status204NoContent)
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));
        return app;
    }

    private static void CheckPoint(Dictionary<string, string[]> errors, string name, double? lon, double? lat, Region region)
    {
        if (lon is not { } x || lat is not { } y || !double.IsFinite(x) || !double.IsFinite(y))
            errors[name] = [$"{name}Lon and {name}Lat are required numbers."];
        else if (!region.Definition.Bounds.Contains(x, y))
            errors[name] = [$"{name} is outside the region."];
    }
}
