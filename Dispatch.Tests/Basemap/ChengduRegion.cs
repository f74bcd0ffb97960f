using Dispatch.Server.Basemap.Features;
using Dispatch.Server.Basemap.Rendering;
using Dispatch.Server.Basemap.Tiles;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace Dispatch.Tests.Basemap;

/// <summary>The checked-in central Chengdu extract, loaded once for all basemap tests.</summary>
internal static class ChengduRegion
{
    /// <summary>Central Chengdu, near Tianfu Square's north side (the brief's reference point).</summary>
    public const double CentreLon = 104.0735;
    public const double CentreLat = 30.6743;

    private static readonly Lazy<FeatureSet> Loaded = new(() => OsmFeatureReader.Read(PbfPath));
    private static readonly Lazy<SKTypeface?> Font = new(() => CjkFontLocator.Locate(null, NullLogger.Instance));

    public static string PbfPath => Path.Combine(RepoRoot(), "regions", "chengdu", "chengdu_center_2018.osm.pbf");

    public static FeatureSet Features => Loaded.Value;

    /// <summary>A system CJK font (Debian package fonts-noto-cjk), or null when none is installed.</summary>
    public static SKTypeface? CjkTypeface => Font.Value;

    public static TileId CentreTile(int zoom) => WebMercator.TileAt(CentreLon, CentreLat, zoom);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dispatch.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("No folder containing Dispatch.sln above " + TestContext.CurrentContext.TestDirectory);
    }
}
