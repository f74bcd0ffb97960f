namespace Dispatch.Server.Basemap;

/// <summary>The credit the ODbL requires wherever the map is shown.</summary>
public static class BasemapAttribution
{
    public const string Text = "© OpenStreetMap contributors";

    public const string Html = "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";

    public const string LicenceUrl = "https://www.openstreetmap.org/copyright";
}
