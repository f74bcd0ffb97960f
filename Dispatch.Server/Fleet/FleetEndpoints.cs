using Dispatch.Server.Accounts;

namespace Dispatch.Server.Fleet;

public sealed record VehicleView(
    string Id, string CallSign, string Kind, string Type, IReadOnlyList<string> Equipment, int? Seats,
    string StationName, string? StationNameEn, VehicleStatus Status, VehiclePosition? Position, bool Stale, string? CallSignEn);

/// <summary>What a vehicle is, without where it is: enough for a doctor or hospital to name the ambulance coming.</summary>
public sealed record VehicleCard(string Id, string CallSign, string Kind, string Type, IReadOnlyList<string> Equipment, string? CallSignEn);

public static class FleetEndpoints
{
    public static IEndpointRouteBuilder MapFleet(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/fleet").WithTags("Fleet");

        group.MapGet("/vehicles", async (VehicleRegistry registry, FleetStore store, Staleness staleness) =>
        {
            var positions = await store.LastPositionsAsync();
            var statuses = await store.StatusesAsync();
            return TypedResults.Ok(registry.All.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v =>
            {
                var position = positions.GetValueOrDefault(v.Id);
                return new VehicleView(v.Id, v.CallSign, v.Kind, v.Type, v.Equipment, v.Seats, v.StationName, v.StationNameEn,
                    statuses.GetValueOrDefault(v.Id, VehicleStatus.Available), position, staleness.IsStale(position), v.CallSignEn);
            }).ToList());
        }).RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));

        // Call sign and equipment are printed on the vehicle's side; only its position is for dispatchers.
        group.MapGet("/vehicles/{id}/card", (string id, VehicleRegistry registry) =>
            registry.Find(id) is { } v
                ? Results.Ok(new VehicleCard(v.Id, v.CallSign, v.Kind, v.Type, v.Equipment, v.CallSignEn))
                : Results.Problem(title: "No such vehicle", detail: $"Vehicle {id} is not in this region's fleet.", statusCode: StatusCodes.Status404NotFound))
            .Produces<VehicleCard>()
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin, Roles.Doctor, Roles.Hospital));

        // Vehicles ranked by road travel time to a point: the dispatcher's "who gets there first".
        group.MapGet("/recommendations", async (double? lon, double? lat, string? kind, string? equipment, VehicleRecommender recommender, Regions.Region region, CancellationToken ct) =>
        {
            if (lon is not { } x || lat is not { } y || !double.IsFinite(x) || !double.IsFinite(y) || !region.Definition.Bounds.Contains(x, y))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["location"] = ["lon and lat of a point inside the region are required."] });
            if (kind is not (null or VehicleKinds.Ambulance or VehicleKinds.NonEmergency))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["kind is ambulance or nonEmergency."] });
            var needed = (equipment ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Results.Ok(await recommender.RecommendAsync(x, y, kind ?? VehicleKinds.Ambulance, needed, ct));
        }).Produces<VehicleRecommendations>().RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));
        return app;
    }
}
