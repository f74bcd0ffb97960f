namespace Dispatch.Server.Regions;

/// <summary>What the console needs to open the region's map.</summary>
public sealed record RegionView(string Id, string Name, string? NameEn, GeoPoint Center, int Zoom, GeoBounds Bounds, string TileUrl, string Attribution);

public static class RegionEndpoints
{
    public static IEndpointRouteBuilder MapRegion(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/region", (Region region, IConfiguration config) =>
        {
            var d = region.Definition;
            return TypedResults.Ok(new RegionView(d.Id, d.Name, d.NameEn, d.Center, d.Zoom, d.Bounds,
                // An operator may point the console at an intranet tile server instead of the built-in renderer.
                config["Basemap:TileUrl"] is { Length: > 0 } url ? url : "/tiles/{z}/{x}/{y}.png",
                d.Attribution));
        }).RequireAuthorization().WithTags("Region");
        return app;
    }
}
