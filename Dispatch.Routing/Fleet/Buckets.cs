namespace Dispatch.Routing.Fleet;

/// <summary>
/// Per-vertex lists of (vehicle slot, milliseconds, metres) from the vehicles' upward searches, each a plain
/// array grown by doubling, so a query scans contiguous memory and allocates nothing. Not thread-safe:
/// <see cref="FleetIndex"/> guards it.
/// </summary>
internal sealed class Buckets(int vertexCount)
{
    private readonly Entry[]?[] _at = new Entry[vertexCount][];
    private readonly int[] _count = new int[vertexCount];

    public int Total { get; private set; }

    public void Add(int vertex, int slot, int millis, double meters)
    {
        var list = _at[vertex];
        var n = _count[vertex];
        if (list is null || n == list.Length)
        {
            Array.Resize(ref list, Math.Max(4, n * 2));
            _at[vertex] = list;
        }
        list[n] = new Entry(slot, millis, meters);
        _count[vertex] = n + 1;
        Total++;
    }

    /// <summary>Removes the slot's entry from each listed vertex, moving the last entry into its place.</summary>
    public void RemoveAll(int slot, int[] vertices)
    {
        foreach (var v in vertices)
        {
            var list = _at[v]!;
            var n = _count[v];
            for (var i = 0; i < n; i++)
            {
                if (list[i].Slot != slot) continue;
                list[i] = list[n - 1];
                _count[v] = n - 1;
                Total--;
                break;
            }
        }
    }

    /// <summary>Offers every wanted vehicle at <paramref name="vertex"/> the path through it to the patient.</summary>
    public void Scan(int vertex, int millisToPatient, double metersToPatient, QueryScratch s)
    {
        var list = _at[vertex];
        if (list is null) return;
        var n = _count[vertex];
        var wanted = s.Wanted;
        var round = s.Round;
        var best = s.BestMillis;
        for (var i = 0; i < n; i++)
        {
            ref readonly var e = ref list[i];
            if (wanted[e.Slot] != round) continue;
            var c = e.Millis + millisToPatient;
            if (c >= best[e.Slot]) continue;
            best[e.Slot] = c;
            s.BestMeters[e.Slot] = e.Meters + metersToPatient;
        }
    }

    private readonly record struct Entry(int Slot, int Millis, double Meters);
}
