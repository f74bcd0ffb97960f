namespace Dispatch.Routing.Fleet;

/// <summary>
/// One query's working memory: the patient's upward search, each vehicle slot's best (see <see cref="Buckets.Scan"/>),
/// and which settled vertex each scan position belongs to, to find the metres of the winning entry afterwards.
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

    /// <summary>For each scan position, which settled vertex (by order) it belongs to.</summary>
    public int[] SettledOf = new int[1024];

    /// <summary>Records that positions [from, to) of the scan are the entries of settled vertex <paramref name="k"/>.</summary>
    public void MarkScanned(int k, uint from, uint to)
    {
        if (SettledOf.Length < to) Array.Resize(ref SettledOf, (int)Math.Max(to, 2 * (uint)SettledOf.Length));
        SettledOf.AsSpan((int)from, (int)(to - from)).Fill(k);
    }
}
