using Dispatch.Routing;
using Dispatch.Server.Facilities;

namespace Dispatch.Server.Coverage.Zones;

/// <summary>
/// The zones of the region: one per township or community health centre, each place belonging to the nearest centre
/// (straight line). Communities are urban (8 minutes by default), townships rural (12 minutes); each zone may be given
/// its own target in Coverage:Zones.
/// </summary>
public sealed class ZonePlan(IReadOnlyList<CoverageZone> zones)
{
    public const string TownshipKind = "townshipHealthCentre";
    public const string CommunityKind = "communityHealthCentre";

    public IReadOnlyList<CoverageZone> All { get; } = zones;

    public int ZoneOf(GeoPoint p)
    {
        var best = 0;
        var bestMeters = double.MaxValue;
        for (var i = 0; i < All.Count; i++)
        {
            var m = Dispatch.Routing.Graph.Haversine.Meters(p, All[i].Centre);
            if (m < bestMeters) { bestMeters = m; best = i; }
        }
        return best;
    }

    public int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++) if (All[i].Id == id) return i;
        return -1;
    }

    public static ZonePlan From(IEnumerable<GrassrootsFacility> facilities, CoverageOptions options, GeoPoint regionCentre, string regionName)
    {
        var zones = new List<CoverageZone>();
        foreach (var f in facilities.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            if (f.Kind is not (TownshipKind or CommunityKind)) continue;
            var township = f.Kind == TownshipKind;
            var setting = options.Zones.GetValueOrDefault(f.Id);
            var target = setting?.TargetMinutes ?? (township ? options.RuralTargetMinutes : options.UrbanTargetMinutes);
            var outer = setting?.OuterBandMinutes ?? (township ? options.RuralOuterBandMinutes : options.UrbanOuterBandMinutes);
            zones.Add(new CoverageZone(f.Id, f.Name, f.NameEn, township, new GeoPoint(f.Lon, f.Lat), Millis(target), Millis(Math.Max(outer, target))));
        }
        if (zones.Count == 0)
            zones.Add(new CoverageZone("region", regionName, null, false, regionCentre, Millis(options.UrbanTargetMinutes), Millis(options.UrbanOuterBandMinutes)));
        return new ZonePlan(zones);
    }

    private static int Millis(double minutes) => (int)Math.Round(minutes * 60_000);
}
