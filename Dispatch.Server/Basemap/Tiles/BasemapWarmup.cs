using Microsoft.Extensions.Hosting;

namespace Dispatch.Server.Basemap.Tiles;

/// <summary>Loads the region at start-up, off the request path, so the first dispatcher to open the map does not wait for it.</summary>
public sealed class BasemapWarmup(IServiceProvider services) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => services.GetRequiredService<BasemapTiles>(), stoppingToken);
}
