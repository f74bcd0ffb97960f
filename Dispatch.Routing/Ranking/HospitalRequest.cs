namespace Dispatch.Routing.Ranking;

/// <summary>What the patient needs from a receiving hospital.</summary>
public sealed record HospitalRequest
{
    public required GeoPoint Patient { get; init; }
    public IReadOnlyList<string> RequiredCapabilities { get; init; } = [];
    /// <summary>Lowest acceptable hospital grade (0 = any).</summary>
    public int MinLevel { get; init; }
    /// <summary>Clinical time window: hospitals further than this by road are left out (null = no limit).</summary>
    public double? MaxMinutes { get; init; }
}
