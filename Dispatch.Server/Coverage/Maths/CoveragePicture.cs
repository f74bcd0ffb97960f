using Dispatch.Server.Coverage.Grid;

namespace Dispatch.Server.Coverage.Maths;

/// <summary>
/// What is covered with the fleet as it stands: per cell whether the nearest ambulance reaches it within its zone's
/// target (and whether a second one does), per zone the share of demand covered and its mean response, and, per
/// ambulance, the cells it is the nearest to (what it would take away if sent).
/// </summary>
public sealed class CoveragePicture
{
    /// <summary>Unreached cells count as this long in mean times, so one cut-off corner does not make a mean infinite.</summary>
    public const int CapMillis = 60 * 60_000;

    public CoveragePicture(CoverageGrid grid, CellTimes times, int sourceCount)
    {
        if (times.Count != grid.Count) throw new ArgumentException("One time per cell is needed.", nameof(times));
        Grid = grid;
        Times = times;
        SourceCount = sourceCount;
        var zones = grid.Zones.All;
        Target = new int[grid.Count];
        Demand = new double[grid.Count];
        Zone = new int[grid.Count];
        Bands = new byte[grid.Count];
        ZoneDemand = new double[zones.Count];
        ZoneCovered = new double[zones.Count];
        ZoneCoveredTwice = new double[zones.Count];
        ZoneTime = new double[zones.Count];
        var perSource = new int[sourceCount + 1];
        for (var c = 0; c < grid.Count; c++)
        {
            var cell = grid.Cells[c];
            var zone = zones[cell.Zone];
            Zone[c] = cell.Zone;
            Target[c] = zone.TargetMillis;
            Demand[c] = cell.Demand;
            var t1 = times.First[c];
            Bands[c] = t1 <= zone.TargetMillis ? (byte)0 : t1 <= zone.OuterBandMillis ? (byte)1 : t1 != CellTimes.Unreached ? (byte)2 : (byte)3;
            ZoneDemand[cell.Zone] += cell.Demand;
            ZoneTime[cell.Zone] += cell.Demand * Math.Min(t1, CapMillis);
            if (t1 <= zone.TargetMillis) { ZoneCovered[cell.Zone] += cell.Demand; Covered += cell.Demand; }
            if (times.Second[c] <= zone.TargetMillis) { ZoneCoveredTwice[cell.Zone] += cell.Demand; CoveredTwice += cell.Demand; }
            if (times.FirstSource[c] is var s and >= 0) perSource[s + 1]++;
        }
        // Cells grouped by their nearest source: removing a source touches exactly its group.
        for (var s = 0; s < sourceCount; s++) perSource[s + 1] += perSource[s];
        NearestStart = perSource;
        NearestCells = new int[perSource[sourceCount]];
        var fill = (int[])perSource.Clone();
        for (var c = 0; c < grid.Count; c++)
            if (times.FirstSource[c] is var s and >= 0) NearestCells[fill[s]++] = c;
    }

    public CoverageGrid Grid { get; }
    public CellTimes Times { get; }
    public int SourceCount { get; }
    public int[] Target { get; }
    public double[] Demand { get; }
    public int[] Zone { get; }
    /// <summary>Per cell: 0 within its zone's target, 1 within the outer band, 2 beyond it, 3 no ambulance reaches it.</summary>
    public byte[] Bands { get; }
    public double[] ZoneDemand { get; }
    public double[] ZoneCovered { get; }
    public double[] ZoneCoveredTwice { get; }
    /// <summary>Demand-weighted sum of the nearest ambulance's time, per zone.</summary>
    public double[] ZoneTime { get; }
    public double Covered { get; }
    public double CoveredTwice { get; }
    public double TotalDemand => Grid.TotalDemand;
    public double CoveredShare => TotalDemand > 0 ? Covered / TotalDemand : 0;
    public double CoveredTwiceShare => TotalDemand > 0 ? CoveredTwice / TotalDemand : 0;
    internal int[] NearestStart { get; }
    internal int[] NearestCells { get; }

    /// <summary>The cells <paramref name="source"/> is the nearest ambulance to.</summary>
    public ReadOnlySpan<int> NearestTo(int source) =>
        source < 0 || source >= SourceCount ? [] : NearestCells.AsSpan(NearestStart[source], NearestStart[source + 1] - NearestStart[source]);

    public double ZoneShare(int zone) => ZoneDemand[zone] > 0 ? ZoneCovered[zone] / ZoneDemand[zone] : 1;
    public double ZoneShareTwice(int zone) => ZoneDemand[zone] > 0 ? ZoneCoveredTwice[zone] / ZoneDemand[zone] : 1;
    public double ZoneMeanMillis(int zone) => ZoneDemand[zone] > 0 ? ZoneTime[zone] / ZoneDemand[zone] : 0;

    /// <summary>
    /// What sending <paramref name="source"/> away takes: each of its cells falls back to its second-nearest ambulance,
    /// read from the labels already computed (no new search).
    /// </summary>
    public RemovalEffect Remove(int source)
    {
        var changes = new Dictionary<int, (double Covered, double Time)>();
        var lost = 0d;
        foreach (var c in NearestTo(source))
        {
            int t1 = Times.First[c], t2 = Times.Second[c], target = Target[c];
            var w = Demand[c];
            var z = Zone[c];
            var (covered, time) = changes.GetValueOrDefault(z);
            var coverDelta = (t2 <= target ? w : 0) - (t1 <= target ? w : 0);
            changes[z] = (covered + coverDelta, time + w * ((double)Math.Min(t2, CapMillis) - Math.Min(t1, CapMillis)));
            lost -= coverDelta;
        }
        var zones = changes.Select(kv => new ZoneChange(kv.Key, ZoneShare(kv.Key),
                ZoneDemand[kv.Key] > 0 ? (ZoneCovered[kv.Key] + kv.Value.Covered) / ZoneDemand[kv.Key] : 1,
                ZoneMeanMillis(kv.Key), ZoneDemand[kv.Key] > 0 ? (ZoneTime[kv.Key] + kv.Value.Time) / ZoneDemand[kv.Key] : 0))
            .ToList();
        return new RemovalEffect(source, lost, TotalDemand > 0 ? lost / TotalDemand : 0, zones);
    }
}

/// <summary>A zone's covered share and demand-weighted mean response time, before and after a change.</summary>
public sealed record ZoneChange(int Zone, double ShareBefore, double ShareAfter, double MeanMillisBefore, double MeanMillisAfter)
{
    public double ShareDrop => ShareBefore - ShareAfter;
}

/// <summary>The demand newly outside target when a source is taken away, and the zones it touches.</summary>
public sealed record RemovalEffect(int Source, double LostDemand, double LostShare, IReadOnlyList<ZoneChange> Zones)
{
    /// <summary>The zone left worst off: the largest drop in covered share, then the largest rise in mean time.</summary>
    public ZoneChange? Worst => Zones
        .OrderByDescending(z => z.ShareDrop)
        .ThenByDescending(z => z.MeanMillisAfter - z.MeanMillisBefore)
        .FirstOrDefault(z => z.ShareDrop > 0 || z.MeanMillisAfter > z.MeanMillisBefore);
}
