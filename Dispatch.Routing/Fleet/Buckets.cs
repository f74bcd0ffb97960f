namespace Dispatch.Routing.Fleet;

/// <summary>
/// Per-vertex lists of (vehicle slot, ticks) with the metres alongside, from the vehicles' upward searches.
/// Plain arrays grown by doubling, so a query scans contiguous memory and allocates nothing; metres sit in their
/// own array because a query reads them only for each candidate's winning entry. Not thread-safe:
/// <see cref="FleetIndex"/> guards it.
/// </summary>
internal sealed class Buckets(int vertexCount)
{
    private readonly Entry[]?[] _at = new Entry[vertexCount][];
    private readonly double[]?[] _meters = new double[vertexCount][];
    private readonly int[] _count = new int[vertexCount];

    public int Total { get; private set; }

    public void Add(int vertex, int slot, int ticks, double meters)
    {
        var list = _at[vertex];
        var n = _count[vertex];
        if (list is null || n == list.Length)
        {
            Array.Resize(ref list, Math.Max(4, n * 2));
            Array.Resize(ref _meters[vertex], list.Length);
            _at[vertex] = list;
        }
        list[n] = new Entry(slot, ticks);
        _meters[vertex]![n] = meters;
        _count[vertex] = n + 1;
        Total++;
    }

    /// <summary>Removes the slot's entry from each listed vertex, moving the last entry into its place.</summary>
    public void RemoveAll(int slot, int[] vertices)
    {
        foreach (var v in vertices)
        {
            var list = _at[v]!;
            var meters = _meters[v]!;
            var last = _count[v] - 1;
            for (var i = 0; i <= last; i++)
            {
                if (list[i].Slot != slot) continue;
                list[i] = list[last];
                meters[i] = meters[last];
                _count[v] = last;
                Total--;
                break;
            }
        }
    }

    /// <summary>
    /// Offers every vehicle with an entry at <paramref name="vertex"/> the path through it to the patient. A vehicle's
    /// best is kept as one long, ticks above the entry's position in the scan below, so taking the minimum needs
    /// no branch (which vehicles are candidates is random, and mispredicted branches cost more than the scan itself),
    /// and equal times keep the entry scanned first.
    /// </summary>
    /// <param name="position">How many entries the query has scanned before this vertex.</param>
    /// <returns>The position after this vertex's entries.</returns>
    public uint Scan(int vertex, int ticksToPatient, uint position, long[] best)
    {
        var list = _at[vertex];
        if (list is null) return position;
        var entries = list.AsSpan(0, _count[vertex]);
        for (var i = 0; i < entries.Length; i++)
        {
            var e = entries[i];
            var key = ((long)(e.Ticks + ticksToPatient) << 32) | (position + (uint)i);
            ref var b = ref best[e.Slot];
            var d = key - b; // both keys are non-negative, so this cannot overflow
            b += d & (d >> 63); // b = min(b, key) without a branch
        }
        return position + (uint)entries.Length;
    }

    public double MetersAt(int vertex, int entry) => _meters[vertex]![entry];

    private readonly record struct Entry(int Slot, int Ticks);
}
