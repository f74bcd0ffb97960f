namespace Dispatch.Routing;

public sealed class RoutingEngineOptions
{
    /// <summary>Points further than this from any usable road are refused rather than routed from a far-away road.</summary>
    public double MaxSnapMeters { get; init; } = 1000;

    /// <summary>Where prepared graphs are kept; null disables the cache.</summary>
    public string? CacheDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "dispatch-routing-cache");
}
