namespace Dispatch.Routing.Fleet;

/// <summary>
/// One query's working memory: the patient's upward search, and per vehicle slot a stamp saying "candidate in this
/// query" plus the best time found so far. Stamps instead of clearing keep a query's cost independent of fleet size.
/// </summary>
internal sealed class QueryScratch(int vertexCount)
{
    public readonly UpwardSearch Search = new(vertexCount);
    public int[] Wanted = [], BestMillis = [];
    public double[] BestMeters = [];
    public int Round;
    private int[] _slots = new int[256];

    /// <summary>Starts a query over slots below <paramref name="slotCapacity"/>.</summary>
    public void Begin(int slotCapacity)
    {
        if (Wanted.Length < slotCapacity)
        {
            Wanted = new int[slotCapacity];
            BestMillis = new int[slotCapacity];
            BestMeters = new double[slotCapacity];
            Round = 0;
        }
        Round++;
    }

    public void Want(int slot)
    {
        Wanted[slot] = Round;
        BestMillis[slot] = int.MaxValue;
    }

    /// <summary>Room for each candidate's slot, in candidate order.</summary>
    public Span<int> Slots(int count)
    {
        if (_slots.Length < count) _slots = new int[count];
        return _slots.AsSpan(0, count);
    }
}
