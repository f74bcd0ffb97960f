using Dispatch.Routing;
using Dispatch.Server.Coverage.Zones;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;

namespace Dispatch.Server.Coverage.Posts;

/// <summary>The standby points of the region: ambulance stations, township health centres and configured posts.</summary>
public sealed class StandbyPosts(IReadOnlyList<StandbyPost> posts)
{
    public IReadOnlyList<StandbyPost> All { get; } = posts;

    public int IndexOf(string id)
    {
        for (var i = 0; i < All.Count; i++) if (All[i].Id == id) return i;
        return -1;
    }

    public static StandbyPosts From(VehicleRegistry vehicles, FacilityRegistry facilities, CoverageOptions options)
    {
        var posts = new List<StandbyPost>();
        var stations = vehicles.All.Where(v => v.Kind == VehicleKinds.Ambulance && v.HomeFacilityId is null)
            .GroupBy(v => (v.Station.Lon, v.Station.Lat))
            .OrderBy(g => g.Min(v => v.Id), StringComparer.Ordinal);
        var n = 0;
        foreach (var station in stations)
        {
            var v = station.First();
            posts.Add(new StandbyPost($"station-{++n:00}", v.StationName, v.StationNameEn, StandbyPost.StationKind, new GeoPoint(v.Station.Lon, v.Station.Lat)));
        }
        foreach (var f in facilities.Grassroots.Where(f => f.Kind == ZonePlan.TownshipKind).OrderBy(f => f.Id, StringComparer.Ordinal))
            posts.Add(new StandbyPost(f.Id, f.Name, f.NameEn, StandbyPost.TownshipKind, new GeoPoint(f.Lon, f.Lat)));
        foreach (var p in options.Posts)
            posts.Add(new StandbyPost(p.Id, p.Name, p.NameEn, StandbyPost.ConfiguredKind, new GeoPoint(p.Lon, p.Lat)));
        return new StandbyPosts(posts);
    }
}
