using Dispatch.Server.Coverage.Maths;

namespace Dispatch.Server.Coverage.Live;

/// <summary>One computed picture of the live fleet, with its move-up suggestions; replaced whole on each recompute.</summary>
public sealed record CoverageState(
    long Version,
    DateTimeOffset At,
    CoverageRegion Region,
    IReadOnlyList<CoverageSource> Sources,
    CoveragePicture Picture,
    PostTimes PostTimes,
    IReadOnlyList<MoveUpPlan> Suggestions,
    double? ShiftShare,
    double ElapsedMs)
{
    public int SourceIndex(string vehicleId)
    {
        for (var i = 0; i < Sources.Count; i++) if (Sources[i].VehicleId == vehicleId) return i;
        return -1;
    }

    public int AmbulancesIn(int zone) => Sources.Count(s => s.Zone == zone);
}
