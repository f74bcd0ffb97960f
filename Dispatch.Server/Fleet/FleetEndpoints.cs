using Dispatch.Server.Accounts;

namespace Dispatch.Server.Fleet;

public sealed record VehicleView(
    string Id, string CallSign, string Kind, string Type, IReadOnlyList<string> Equipment, int? Seats,
    string StationName, string? StationNameEn, string Status, VehiclePosition? Position, bool Stale);

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
                    statuses.GetValueOrDefault(v.Id, VehicleStatus.Available).ToString(), position, staleness.IsStale(position));
            }).ToList());
        }).RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));
        return app;
    }
}
