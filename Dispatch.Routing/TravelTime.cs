namespace Dispatch.Routing;

public enum TravelStatus
{
    /// <summary>The query was cut short (deadline) before this leg was computed.</summary>
    NotComputed = 0,
    Reached,
    Unreachable,
    /// <summary>No usable road within the snapping distance of one end.</summary>
    NotSnappable,
}

/// <summary>
/// Road travel time and distance of one leg. The time is in whole <see cref="TravelTicks"/> (100 µs), which keep every
/// engine's sums exact; <see cref="Millis"/> rounds it for callers that work in milliseconds.
/// </summary>
public readonly record struct TravelTime(TravelStatus Status, long Ticks, double Meters)
{
    public static TravelTime Unreachable => new(TravelStatus.Unreachable, 0, double.NaN);
    public static TravelTime NotSnappable => new(TravelStatus.NotSnappable, 0, double.NaN);

    public bool IsReached => Status == TravelStatus.Reached;
    /// <summary>The time in whole milliseconds, rounded half away from zero.</summary>
    public long Millis => TravelTicks.ToMillis(Ticks);
    /// <summary>The time to the tick (what the <c>route</c> verb prints).</summary>
    public double Seconds => IsReached ? Ticks / (double)TravelTicks.PerSecond : double.NaN;
    public double Minutes => Seconds / 60d;
}
