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

/// <summary>Road travel time and distance of one leg. Whole milliseconds keep every engine's sums exact.</summary>
public readonly record struct TravelTime(TravelStatus Status, long Millis, double Meters)
{
    public static TravelTime Unreachable => new(TravelStatus.Unreachable, 0, double.NaN);
    public static TravelTime NotSnappable => new(TravelStatus.NotSnappable, 0, double.NaN);

    public bool IsReached => Status == TravelStatus.Reached;
    public double Seconds => IsReached ? Millis / 1000d : double.NaN;
    public double Minutes => Seconds / 60d;
}
