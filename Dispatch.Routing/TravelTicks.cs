namespace Dispatch.Routing;

/// <summary>
/// The whole unit every engine stores and adds travel times in: one tick is 100 µs, a tenth of a millisecond (not a
/// <see cref="TimeSpan"/> tick). Each road stretch is rounded to it once, so every engine sums the same integers and
/// agrees to the tick, while a long route drifts from the unrounded sum by well under a millisecond. An int holds
/// about 59 hours of ticks, far beyond any route in a region.
/// </summary>
public static class TravelTicks
{
    /// <summary>The one constant that defines the unit.</summary>
    public const int PerMillisecond = 10;
    public const int PerSecond = 1000 * PerMillisecond;

    /// <summary>Seconds of driving as whole ticks, rounded half away from zero.</summary>
    public static int FromSeconds(double seconds) => checked((int)Math.Round(seconds * PerSecond, MidpointRounding.AwayFromZero));

    /// <summary>Whole milliseconds, rounded half away from zero.</summary>
    public static long ToMillis(long ticks) =>
        ticks >= 0 ? (ticks + PerMillisecond / 2) / PerMillisecond : -((-ticks + PerMillisecond / 2) / PerMillisecond);

    /// <summary>Whole milliseconds, rounded half away from zero; int.MaxValue (nothing reaches) stays int.MaxValue.</summary>
    public static int ToMillis(int ticks) => ticks == int.MaxValue ? int.MaxValue : (int)ToMillis((long)ticks);
}
