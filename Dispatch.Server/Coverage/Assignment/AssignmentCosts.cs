using Dispatch.Routing;
using Dispatch.Server.Coverage.Live;

namespace Dispatch.Server.Coverage.Assignment;

/// <summary>
/// Coverage cost of sending vehicles to a place, read from the live picture: removing an ambulance moves each cell it
/// was nearest to onto its second-nearest, already known, so no search runs per vehicle.
/// </summary>
public sealed class AssignmentCosts(CoverageMonitor monitor)
{
    public async Task<AssignmentCostsView> ForAsync(GeoPoint destination, IReadOnlyList<string> vehicleIds)
    {
        if (await monitor.ReadyAsync(TimeSpan.FromSeconds(5)) is not { } state) return new AssignmentCostsView(false, 0, []);
        return new AssignmentCostsView(true, state.Version, vehicleIds.Select(id => Cost(state, id, destination)).ToList());
    }

    public static AssignmentCostView Cost(CoverageState state, string vehicleId, GeoPoint destination)
    {
        var source = state.SourceIndex(vehicleId);
        if (source < 0) return new AssignmentCostView(vehicleId, false, 0, null, null);
        var effect = state.Picture.Remove(source);
        var worst = effect.Worst is { } w ? CoverageViews.Effect(state, w) : null;
        return new AssignmentCostView(vehicleId, true, Math.Round(effect.LostShare, 4), worst, Gap(state, source, destination, effect));
    }

    /// <summary>The gap left when the vehicle is its township's only counted ambulance and the destination is outside the township.</summary>
    public static CoverageGap? Gap(CoverageState state, int source, GeoPoint destination, Maths.RemovalEffect? effect = null)
    {
        var zoneIndex = state.Sources[source].Zone;
        var zone = state.Region.Zones.All[zoneIndex];
        if (!zone.Township || state.AmbulancesIn(zoneIndex) > 1) return null;
        if (state.Region.Zones.ZoneOf(destination) == zoneIndex) return null;
        effect ??= state.Picture.Remove(source);
        var change = effect.Zones.FirstOrDefault(z => z.Zone == zoneIndex);
        var share = change?.ShareAfter ?? state.Picture.ZoneShare(zoneIndex);
        var mean = change?.MeanMillisAfter ?? state.Picture.ZoneMeanMillis(zoneIndex);
        return new CoverageGap(zone.Id, zone.Name, zone.NameEn, Math.Round(share, 4), Math.Round(mean / 60_000, 1));
    }

    /// <summary>The gap sending this vehicle to the destination would leave, from the latest picture; null when none.</summary>
    public CoverageGap? GapOf(string vehicleId, GeoPoint destination)
    {
        if (monitor.Latest is not { } state) return null;
        var source = state.SourceIndex(vehicleId);
        return source < 0 ? null : Gap(state, source, destination);
    }
}
