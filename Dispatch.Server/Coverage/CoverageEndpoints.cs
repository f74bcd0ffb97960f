using Dispatch.Server.Accounts;
using Dispatch.Server.Coverage.Assignment;
using Dispatch.Server.Coverage.Live;
using Dispatch.Server.Coverage.MoveUps;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Dispatch.Server.Routing;
using Microsoft.AspNetCore.Http.HttpResults;
using RoutingPoint = Dispatch.Routing.GeoPoint;

namespace Dispatch.Server.Coverage;

/// <summary>Registers the coverage capability and maps <c>/api/coverage</c> (dispatchers only).</summary>
public static class CoverageEndpoints
{
    public static IServiceCollection AddCoverage(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(CoverageOptions.From(config));
        services.AddSingleton<ShiftCoverage>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CoverageMonitor>(sp, (Func<CoverageRegion>)(() => CoverageRegion.Build(
            sp.GetRequiredService<Region>(), sp.GetRequiredService<RoadNetwork>(), sp.GetRequiredService<FacilityRegistry>(),
            sp.GetRequiredService<VehicleRegistry>(), sp.GetRequiredService<CoverageOptions>()))));
        services.AddHostedService(sp => sp.GetRequiredService<CoverageMonitor>());
        services.AddSingleton<AssignmentCosts>();
        services.AddSingleton<CoverageGapCheck>();
        services.AddSingleton<Relocations>();
        return services;
    }

    public static IEndpointRouteBuilder MapCoverage(this IEndpointRouteBuilder app)
    {
        // Admins read the picture (they share the dispatchers' pushes); costs and move-ups are the dispatcher's.
        var group = app.MapGroup("/api/coverage").WithTags("Coverage").RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));

        group.MapGet("/", async Task<Results<Ok<CoverageView>, ProblemHttpResult>> (CoverageMonitor monitor) =>
                await monitor.ReadyAsync(TimeSpan.FromSeconds(15)) is { } state
                    ? TypedResults.Ok(CoverageViews.Of(state))
                    : Starting())
            .WithSummary("The live coverage picture: shares covered now and over the shift, per zone, move-up suggestions, one band per grid cell")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/grid", async Task<Results<Ok<CoverageGridView>, ProblemHttpResult>> (CoverageMonitor monitor) =>
        {
            var state = await monitor.ReadyAsync(TimeSpan.FromSeconds(15));
            return monitor.Region is { } region ? TypedResults.Ok(CoverageViews.Grid(region, state)) : Starting();
        }).WithSummary("The grid cells (in the order of the bands), the zones and the standby posts")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/cost", async Task<Results<Ok<AssignmentCostsView>, ValidationProblem>> (double? lon, double? lat, string? vehicles, Region region, AssignmentCosts costs) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (lon is not { } x || lat is not { } y || !double.IsFinite(x) || !double.IsFinite(y) || !region.Definition.Bounds.Contains(x, y))
                errors["location"] = ["lon and lat of a point inside the region are required."];
            var ids = (vehicles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
            if (ids.Count is 0 or > 50 || ids.Any(i => i.Length > 64)) errors["vehicles"] = ["1 to 50 comma-separated vehicle ids are required."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            return TypedResults.Ok(await costs.ForAsync(new RoutingPoint(lon!.Value, lat!.Value), ids));
        }).WithSummary("What sending each vehicle to a place takes from coverage: demand newly outside target, the zone left worst off, and the gap its township is left with")
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        group.MapPost("/move-ups", async Task<Results<Ok<Relocation>, ValidationProblem, ProblemHttpResult>> (MoveUpRequest? body, Relocations relocations, HttpContext http) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body?.VehicleId) || body.VehicleId.Length > 64) errors["vehicleId"] = ["vehicleId is required."];
            if (string.IsNullOrWhiteSpace(body?.PostId) || body.PostId.Length > 64) errors["postId"] = ["postId is required."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
            try
            {
                return TypedResults.Ok(await relocations.SendAsync(body!.VehicleId!, body.PostId!, http.User.Username()));
            }
            catch (Commands.Refusal e)
            {
                return (ProblemHttpResult)Commands.RefusalResults.Problem(e);
            }
        }).WithSummary("Send an available ambulance to a standby post (status Relocating; its device gets the route)")
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher))
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    private static ProblemHttpResult Starting() =>
        TypedResults.Problem(title: "Coverage is starting", detail: "The coverage picture is still being computed; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable);
}
