using System.Diagnostics;
using Dispatch.Server.Basemap.Features;
using Dispatch.Server.Basemap.Rendering;
using Microsoft.Extensions.Logging;

namespace Dispatch.Server.Basemap.Tiles;

/// <summary>Serves encoded tiles: plain background outside the data, otherwise rendered once and cached.</summary>
public sealed class BasemapTiles
{
    private readonly FeatureSet _features;
    private readonly TileRenderer _renderer;
    private readonly TileCache _cache;
    private readonly byte[] _background = TileRenderer.RenderBackground();

    public BasemapTiles(FeatureSet features, TileRenderer renderer, int cacheTiles)
    {
        _features = features;
        _renderer = renderer;
        _cache = new TileCache(cacheTiles);
    }

    public string Attribution => BasemapAttribution.Text;

    public bool HasLabels => _renderer.DrawsLabels;

    public FeatureSet Features => _features;

    public int CachedTiles => _cache.Count;

    public byte[] GetPng(TileId tile) =>
        WebMercator.Bounds(tile).Intersects(_features.Bounds) ? _cache.GetOrRender(tile, _renderer.RenderPng) : _background;

    /// <summary>Loads the region once; a missing file gives an empty map (and an error in the log) rather than a dead server.</summary>
    public static BasemapTiles Create(BasemapOptions options, ILogger logger)
    {
        var features = FeatureSet.Empty;
        if (File.Exists(options.OsmPath))
        {
            var clock = Stopwatch.StartNew();
            features = OsmFeatureReader.Read(options.OsmPath);
            logger.LogInformation("Basemap loaded {Features} features and {Streets} named streets from {Path} in {Ms} ms",
                features.FeatureCount, features.StreetCount, options.OsmPath, clock.ElapsedMilliseconds);
        }
        else
        {
            logger.LogError("Basemap OSM file {Path} not found; tiles will be blank", options.OsmPath);
        }

        var typeface = CjkFontLocator.Locate(options.FontPath, logger);
        return new BasemapTiles(features, new TileRenderer(features, typeface), options.CacheTiles);
    }
}
