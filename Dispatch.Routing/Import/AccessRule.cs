using OsmSharp.Tags;

namespace Dispatch.Routing.Import;

/// <summary>
/// Whether cars may use a way. The most specific tag present wins (motorcar over motor_vehicle over access),
/// so "access=no + motor_vehicle=yes" stays open, as OSM intends.
/// </summary>
public static class AccessRule
{
    private static readonly string[] MostSpecificFirst = ["motorcar", "motor_vehicle", "access"];

    public static bool IsClosedToCars(TagsCollectionBase tags)
    {
        foreach (var key in MostSpecificFirst)
        {
            if (!tags.TryGetValue(key, out var value)) continue;
            var v = value.Trim().ToLowerInvariant();
            return v is "no" or "private";
        }
        return false;
    }
}
