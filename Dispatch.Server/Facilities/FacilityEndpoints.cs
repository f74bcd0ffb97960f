namespace Dispatch.Server.Facilities;

public static class FacilityEndpoints
{
    public static IEndpointRouteBuilder MapFacilities(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/facilities", (FacilityRegistry registry) => TypedResults.Ok(new
        {
            registry.Hospitals,
            registry.Grassroots,
        })).WithTags("Facilities");
        return app;
    }
}
