namespace Dispatch.Server.Coverage.Assignment;

/// <summary>
/// The township (or community) left without an ambulance when its last one is sent out of it: what needs one more
/// confirmation from the dispatcher.
/// </summary>
public sealed record CoverageGap(string ZoneId, string Name, string? NameEn, double ShareAfter, double MinutesAfter);

/// <summary>
/// What sending one vehicle takes from coverage: the share of demand newly outside target, the zone left worst off with
/// its new mean response time, and the gap when it is its township's last ambulance leaving it. <c>Counted</c> is false
/// for a vehicle that covers nothing now (not an available ambulance with a fresh position): it costs nothing.
/// </summary>
public sealed record AssignmentCostView(string VehicleId, bool Counted, double LostShare, ZoneEffectView? WorstZone, CoverageGap? Gap);

public sealed record AssignmentCostsView(bool Ready, long Version, IReadOnlyList<AssignmentCostView> Costs);
