namespace Dispatch.Server.Regions;

public static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegion(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/region", (Region region, IConfiguration config) =>
        {
            var d = region.Definition;
            return TypedResults.Ok(new
            {
                d.Id,
                d.Name,
                d.NameEn,
                d.Center,
                d.Zoom,
                d.Bounds,
                // An operator may point the console at an intranet tile server instead of the built-in renderer.
                TileUrl = config["Basemap:TileUrl"] is { Length: > 0 } url ? url : "/tiles/{z}/{x}/{y}.png",
                d.Attribution,
            });
        }).RequireAuthorization().WithTags("Region");
        return app;
    }
}
