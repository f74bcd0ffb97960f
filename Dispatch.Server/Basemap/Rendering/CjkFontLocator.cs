using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace Dispatch.Server.Basemap.Rendering;

/// <summary>
/// Finds a Chinese-capable font file. SkiaSharp's NoDependencies native build has no fontconfig,
/// so system fonts are not discovered by family name: the file is opened directly.
/// </summary>
public static class CjkFontLocator
{
    /// <summary>Where Debian/Ubuntu (fonts-noto-cjk, fonts-wqy-zenhei, fonts-wqy-microhei) and other systems put CJK fonts.</summary>
    public static IReadOnlyList<string> KnownPaths { get; } =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
        @"C:\Windows\Fonts\simsun.ttc",
    ];

    private const char Probe = '路';

    /// <summary>The first usable typeface from <paramref name="configuredPath"/> then the known paths, or null.</summary>
    public static SKTypeface? Locate(string? configuredPath, ILogger logger)
    {
        var candidates = string.IsNullOrWhiteSpace(configuredPath) ? KnownPaths : [configuredPath, .. KnownPaths];
        if (!string.IsNullOrWhiteSpace(configuredPath) && !File.Exists(configuredPath))
            logger.LogWarning("Basemap:FontPath {Path} does not exist; trying the usual font locations", configuredPath);

        foreach (var path in candidates.Where(File.Exists))
        {
            if (Open(path) is { } typeface)
            {
                logger.LogInformation("Basemap labels use {Family} from {Path}", typeface.FamilyName, path);
                return typeface;
            }
        }

        logger.LogWarning(
            "No CJK font found (install the Debian package fonts-noto-cjk or set Basemap:FontPath); basemap tiles will have no street names");
        return null;
    }

    /// <summary>
    /// Opens a font file; in a collection (.ttc) prefers the Simplified Chinese face, since the
    /// Japanese face listed first draws some shared characters in Japanese forms.
    /// </summary>
    public static SKTypeface? Open(string path)
    {
        SKTypeface? fallback = null;
        for (var index = 0; index < 32; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null) break;
            if (face.GetGlyph(Probe) == 0)
            {
                face.Dispose();
                continue;
            }

            if (face.FamilyName.EndsWith(" SC", StringComparison.Ordinal))
            {
                fallback?.Dispose();
                return face;
            }

            if (fallback is null) fallback = face;
            else face.Dispose();
        }

        return fallback;
    }
}
