using Dispatch.Routing.Ranking;
using Dispatch.Server.Routing;
using RoutingPoint = Dispatch.Routing.GeoPoint;

namespace Dispatch.Server.Fleet;

public sealed record VehicleRecommendation(
    string VehicleId, string CallSign, string Kind, string Type, VehicleStatus Status, double EtaSeconds, double Meters, bool Estimated,
    bool PreferredType = false, string? CallSignEn = null);

/// <summary>A vehicle left out: a stable code with its detail (the missing item, the wrong kind) the console translates, and texts in both languages.</summary>
public sealed record VehicleExclusion(string VehicleId, string CallSign, string Code, string Message, string MessageZh, string? Detail = null, string? CallSignEn = null);

public sealed record VehicleRecommendations(
    IReadOnlyList<VehicleRecommendation> Ranked, IReadOnlyList<VehicleExclusion> Excluded, bool Approximate, double ElapsedMs);

/// <summary>
/// Ranks the fleet for a patient by road travel time from where each vehicle last reported: only available
/// (or returning) vehicles of the right kind with the needed equipment, never a vehicle gone silent.
/// </summary>
public sealed class VehicleRecommender(VehicleRegistry registry, FleetStore store, Staleness staleness, RoadNetwork network, TimeProvider clock, IConfiguration config)
{
    private readonly TimeSpan _budget = TimeSpan.FromMilliseconds(config.GetValue("Fleet:RecommendBudgetMs", 200));
    private readonly double _preferredReachSeconds = config.GetValue("Fleet:PreferredTypeReachMinutes", 12.0) * 60;

    /// <param name="preferredType">
    /// A vehicle type to send first (ALS for a priority-1 chest pain): vehicles of that type within
    /// Fleet:PreferredTypeReachMinutes rank ahead of the others, nearest first; beyond that reach, road time alone decides.
    /// </param>
    public async Task<VehicleRecommendations> RecommendAsync(double lon, double lat, string vehicleKind, IReadOnlyList<string> equipment, CancellationToken ct,
        string? preferredType = null)
    {
        var positions = await store.LastPositionsAsync();
        var statuses = await store.StatusesAsync();
        var candidates = new List<VehicleCandidate>();
        foreach (var v in registry.All)
        {
            if (!positions.TryGetValue(v.Id, out var p)) continue;
            var status = statuses.GetValueOrDefault(v.Id, VehicleStatus.Available);
            candidates.Add(new VehicleCandidate
            {
                Id = v.Id,
                Lon = p.Lon,
                Lat = p.Lat,
                Kind = v.Kind == VehicleKinds.NonEmergency ? VehicleKind.NonEmergency : v.HomeFacilityId is null ? VehicleKind.Ambulance : VehicleKind.TownshipAmbulance,
                Equipment = new HashSet<string>(v.Equipment, StringComparer.OrdinalIgnoreCase),
                Available = status is VehicleStatus.Available or VehicleStatus.Returning or VehicleStatus.Relocating,
                LastSeen = p.Timestamp,
            });
        }
        var kinds = vehicleKind == VehicleKinds.NonEmergency ? new[] { VehicleKind.NonEmergency } : [VehicleKind.Ambulance, VehicleKind.TownshipAmbulance];
        var request = new VehicleRequest
        {
            Patient = new RoutingPoint(lon, lat),
            Kinds = kinds,
            RequiredEquipment = equipment,
            MaxPositionAge = staleness.Threshold,
            Now = clock.GetUtcNow(),
        };
        var ranking = new VehicleRanker(network.ForVehicleKind(vehicleKind)).Rank(request, candidates, _budget, ct);

        var unreported = registry.All.Where(v => !positions.ContainsKey(v.Id))
            .Select(v => new VehicleExclusion(v.Id, v.CallSign, "NoPosition", "No position reported yet.", "尚未上报位置", CallSignEn: v.CallSignEn));
        var ranked = ranking.Ranked.Select(r =>
        {
            var v = registry.Find(r.Candidate.Id)!;
            var preferred = preferredType is not null && string.Equals(v.Type, preferredType, StringComparison.OrdinalIgnoreCase)
                && r.Time.Seconds <= _preferredReachSeconds;
            return new VehicleRecommendation(v.Id, v.CallSign, v.Kind, v.Type,
                statuses.GetValueOrDefault(v.Id, VehicleStatus.Available), r.Time.Seconds, r.Time.Meters, r.Estimated, preferred, v.CallSignEn);
        }).ToList();
        return new VehicleRecommendations(
            // Stable: within each group the road-time order stays.
            ranked.Where(r => r.PreferredType).Concat(ranked.Where(r => !r.PreferredType)).ToList(),
            ranking.Excluded.Select(e => new VehicleExclusion(e.CandidateId, registry.Find(e.CandidateId)?.CallSign ?? e.CandidateId, e.Code, e.MessageEn, e.MessageZhCn, e.Detail,
                    registry.Find(e.CandidateId)?.CallSignEn))
                .Concat(unreported).ToList(),
            ranking.Approximate,
            ranking.Elapsed.TotalMilliseconds);
    }
}
