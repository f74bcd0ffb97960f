using Dispatch.Routing;

namespace Dispatch.Tests.Routing;

/// <summary>
/// Two engines' answers for one leg agree: same status, same whole ticks, and the same metres to within a
/// centimetre. Metres are doubles summed in a different order (a hierarchy adds shortcut totals), and where two
/// paths tie to the tick (on the extracts, near-duplicate ways a fraction of a millimetre apart) either
/// engine may take either.
/// </summary>
internal static class SameTravelTime
{
    public static bool As(this TravelTime a, TravelTime b) =>
        a.Status == b.Status && a.Ticks == b.Ticks &&
        (a.IsReached ? Math.Abs(a.Meters - b.Meters) <= 0.01 : double.IsNaN(a.Meters) == double.IsNaN(b.Meters));
}
