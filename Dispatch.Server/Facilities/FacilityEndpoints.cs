using Dispatch.Server.Accounts;

namespace Dispatch.Server.Facilities;

/// <summary>The region's hospitals with their live beds and diversion, and its grassroots facilities.</summary>
public sealed record FacilitiesView(IReadOnlyList<Hospital> Hospitals, IReadOnlyCollection<GrassrootsFacility> Grassroots);

public static class FacilityEndpoints
{
    public static IEndpointRouteBuilder MapFacilities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/facilities").WithTags("Facilities").AddEndpointFilter(Commands.RefusalResults.AsProblems);

        group.MapGet("/", async (FacilityRegistry registry, HospitalBoard board) =>
            TypedResults.Ok(new FacilitiesView(await board.CurrentAsync(), registry.Grassroots)));

        // A hospital keeps its own beds and diversion current; dispatchers may correct them after a phone call.
        group.MapPut("/hospitals/{id}/capacity", async (string id, CapacityUpdate? body, HttpContext http, HospitalBoard board) =>
        {
            var user = http.User;
            var allowed = user.Role() is Roles.Dispatcher or Roles.Admin || (user.Role() == Roles.Hospital && user.HospitalId() == id);
            if (!allowed) return Results.Problem(title: "Not allowed", detail: "A hospital may only change its own beds and diversion.", statusCode: 403);
            if (await board.FindAsync(id) is null) return Results.Problem(title: "No such hospital", detail: $"Hospital {id} is not in the region.", statusCode: 404);
            if (body is null) return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Give beds and/or onDiversion."] });
            return Results.Ok(await board.UpdateAsync(id, body, user.Username(), Commands.IdempotencyKey.From(http.Request)));
        }).Produces<Hospital>();
        return app;
    }
}
