using Dispatch.Server.Basemap.Tiles;
using Microsoft.Extensions.Logging;

namespace Dispatch.Server.Basemap;

/// <summary>Registers and maps the offline raster basemap: <c>GET /tiles/{z}/{x}/{y}.png</c>.</summary>
public static class BasemapEndpoints
{
    public static IServiceCollection AddBasemap(this IServiceCollection services, string osmPath, IConfiguration config)
    {
        var section = config.GetSection(BasemapOptions.Section);
        var options = new BasemapOptions
        {
            OsmPath = osmPath,
            FontPath = section["FontPath"],
            CacheTiles = section.GetValue("CacheTiles", 2000),
            MaxAgeSeconds = section.GetValue("MaxAgeSeconds", 86400),
        };
        services.AddSingleton(options);
        services.AddSingleton(sp => BasemapTiles.Create(options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("Dispatch.Basemap")));
        services.AddHostedService<BasemapWarmup>();
        return services;
    }

    public static IEndpointRouteBuilder MapBasemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/tiles/{z:int}/{x:int}/{y:int}.png", GetTile)
            .AllowAnonymous()
            .WithName("BasemapTile")
            .WithSummary("A 256×256 PNG basemap tile (XYZ, Web Mercator). " + BasemapAttribution.Text);
        return app;
    }

    private static IResult GetTile(int z, int x, int y, BasemapTiles tiles, BasemapOptions options, HttpResponse response)
    {
        if (!TileId.TryCreate(z, x, y, out var tile, out var error))
            return Results.Problem(title: "Invalid tile address", detail: error, statusCode: StatusCodes.Status400BadRequest);

        response.Headers.CacheControl = $"public, max-age={options.MaxAgeSeconds}";
        return Results.Bytes(tiles.GetPng(tile), "image/png");
    }
}
