namespace Dispatch.Routing.Fleet;

/// <summary>
/// One query's working memory: the patient's upward search, each vehicle slot's best (see <see cref="Buckets.Scan"/>),
/// and where each settled vertex's entries start in the scan, to find the metres of the winning entry afterwards.
/// </summary>
internal sealed class QueryScratch(int vertexCount)
{
    public readonly UpwardSearch Search = new(vertexCount);
    public long[] Best = [];
    public uint[] ScanStart = new uint[64];

    /// <summary>Starts a query over slots below <paramref name="slotCount"/>.</summary>
    public void Begin(int slotCount, int settledCount)
    {
        if (Best.Length < slotCount) Best = new long[slotCount];
        Array.Fill(Best, long.MaxValue, 0, slotCount);
        if (ScanStart.Length <= settledCount) ScanStart = new uint[settledCount + 1];
    }

    /// <summary>Which settled vertex (by order) the scan position falls in.</summary>
    public int SettledAt(uint position, int settledCount)
    {
        int lo = 0, hi = settledCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (ScanStart[mid] <= position) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
