using Dispatch.Server.Coverage.Live;
using Dispatch.Server.Coverage.Maths;
using Dispatch.Server.Coverage.Posts;

namespace Dispatch.Server.Coverage;

/// <summary>A zone named for the console, with its share covered before and after a change and its mean response time after it.</summary>
public sealed record ZoneEffectView(string ZoneId, string Name, string? NameEn, bool Township, double ShareBefore, double ShareAfter, double MinutesBefore, double MinutesAfter);

public sealed record ZoneCoverageView(
    string Id, string Name, string? NameEn, bool Township, double TargetMinutes, double DemandShare,
    double CoveredShare, double CoveredTwiceShare, double MeanMinutes, int Ambulances);

public sealed record MoveUpView(
    string VehicleId, string CallSign, string PostId, string PostName, string? PostNameEn, string PostKind,
    double GainShare, double ShareAfter, IReadOnlyList<ZoneEffectView> LeftBelowTarget, string? CallSignEn);

/// <summary>The live picture as pushed to dispatchers. <c>Bands</c> holds one digit per grid cell (see <see cref="CoverageGridView"/>):
/// 0 within the zone's target, 1 within its outer band, 2 beyond, 3 no ambulance reaches it.</summary>
public sealed record CoverageView(
    long Version, DateTimeOffset At, double CoveredShare, double CoveredTwiceShare, double? ShiftShare,
    bool BelowThreshold, double Threshold, int Ambulances, bool Approximate, double ElapsedMs,
    IReadOnlyList<ZoneCoverageView> Zones, IReadOnlyList<MoveUpView> Suggestions, string Bands);

public sealed record GridCellView(double Lon, double Lat, int Zone);

public sealed record StandbyPostView(string Id, string Name, string? NameEn, string Kind, double Lon, double Lat);

/// <summary>The fixed grid: where each cell is (in the order of <see cref="CoverageView.Bands"/>), the zones and the standby posts.</summary>
public sealed record CoverageGridView(
    double CellMeters, double HalfLon, double HalfLat, IReadOnlyList<GridCellView> Cells,
    IReadOnlyList<ZoneCoverageView> Zones, IReadOnlyList<StandbyPostView> Posts);

public static class CoverageViews
{
    public static CoverageView Of(CoverageState s)
    {
        var p = s.Picture;
        var options = s.Region.Options;
        return new CoverageView(s.Version, s.At, Round(p.CoveredShare), Round(p.CoveredTwiceShare), s.ShiftShare is { } sh ? Round(sh) : null,
            p.CoveredShare < options.MoveUpBelowShare, options.MoveUpBelowShare, s.Sources.Count, p.Times.Approximate, Math.Round(s.ElapsedMs, 2),
            Zones(s), s.Suggestions.Select(m => MoveUp(s, m)).ToList(),
            string.Create(p.Bands.Length, p.Bands, (span, bands) => { for (var i = 0; i < bands.Length; i++) span[i] = (char)('0' + bands[i]); }));
    }

    public static IReadOnlyList<ZoneCoverageView> Zones(CoverageState s)
    {
        var p = s.Picture;
        return s.Region.Zones.All.Select((z, i) => new ZoneCoverageView(z.Id, z.Name, z.NameEn, z.Township, z.TargetMinutes,
            Round(p.TotalDemand > 0 ? p.ZoneDemand[i] / p.TotalDemand : 0), Round(p.ZoneShare(i)), Round(p.ZoneShareTwice(i)),
            Math.Round(p.ZoneMeanMillis(i) / 60_000, 1), s.AmbulancesIn(i))).ToList();
    }

    public static MoveUpView MoveUp(CoverageState s, MoveUpPlan plan)
    {
        var source = s.Sources[plan.Move.Source];
        var post = s.Region.Posts.All[plan.Move.Post];
        return new MoveUpView(source.VehicleId, source.CallSign, post.Id, post.Name, post.NameEn, post.Kind,
            Round(plan.Move.GainShare), Round(plan.ShareAfter), plan.LeftBelowTarget.Select(z => Effect(s, z)).ToList(), source.CallSignEn);
    }

    public static ZoneEffectView Effect(CoverageState s, ZoneChange z)
    {
        var zone = s.Region.Zones.All[z.Zone];
        return new ZoneEffectView(zone.Id, zone.Name, zone.NameEn, zone.Township, Round(z.ShareBefore), Round(z.ShareAfter),
            Math.Round(z.MeanMillisBefore / 60_000, 1), Math.Round(z.MeanMillisAfter / 60_000, 1));
    }

    public static CoverageGridView Grid(CoverageRegion region, CoverageState? state) => new(
        region.Grid.CellMeters, region.Grid.HalfLon, region.Grid.HalfLat,
        region.Grid.Cells.Select(c => new GridCellView(Math.Round(c.Centre.Lon, 6), Math.Round(c.Centre.Lat, 6), c.Zone)).ToList(),
        state is not null ? Zones(state) : region.Zones.All.Select(z => new ZoneCoverageView(z.Id, z.Name, z.NameEn, z.Township, z.TargetMinutes, 0, 0, 0, 0, 0)).ToList(),
        region.Posts.All.Select(Post).ToList());

    public static StandbyPostView Post(StandbyPost p) => new(p.Id, p.Name, p.NameEn, p.Kind, p.Point.Lon, p.Point.Lat);

    private static double Round(double share) => Math.Round(share, 4);
}
