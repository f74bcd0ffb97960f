namespace Dispatch.Routing.Synthetic;

/// <summary>
/// The knobs of a generated city: a jittered street grid of <see cref="Junctions"/> junctions, every
/// <see cref="ArterialEvery"/>th street an arterial, some local streets one-way and some blocks unlinked.
/// The same plan always yields the same network.
/// </summary>
public sealed record SyntheticCityPlan(int Junctions, int Seed)
{
    public double BlockMeters { get; init; } = 120;
    /// <summary>Share of the block length each junction may be moved by, so edge weights are not all equal.</summary>
    public double Jitter { get; init; } = 0.25;
    public int ArterialEvery { get; init; } = 8;
    /// <summary>Arterials at this multiple of <see cref="ArterialEvery"/> are faster expressways.</summary>
    public int ExpresswayEvery { get; init; } = 4;
    public double OneWayShare { get; init; } = 0.3;
    public double MissingLinkShare { get; init; } = 0.06;
    public double LocalKmh { get; init; } = 30;
    public double ArterialKmh { get; init; } = 50;
    public double ExpresswayKmh { get; init; } = 80;
    public double OriginLon { get; init; } = 8.60;
    public double OriginLat { get; init; } = 49.35;
}
