namespace Dispatch.Server.Basemap.Features;

/// <summary>
/// Joins node sequences that share end nodes into longer chains, reversing pieces where needed.
/// Used to close multipolygon rings and to give a street name one long line to sit on.
/// </summary>
public static class WayChainer
{
    public static List<List<long>> Chain(IEnumerable<long[]> ways)
    {
        var chains = new List<List<long>?>();
        var byEnd = new Dictionary<long, List<int>>();

        foreach (var way in ways)
        {
            if (way.Length < 2) continue;
            var current = new List<long>(way);
            while (!IsClosed(current) && TryTakeNeighbour(current, chains, byEnd, out var other))
                Append(current, other);
            chains.Add(current);
            Register(byEnd, current[0], chains.Count - 1);
            Register(byEnd, current[^1], chains.Count - 1);
        }

        return chains.Where(c => c is not null).Select(c => c!).ToList();
    }

    public static bool IsClosed(List<long> chain) => chain.Count > 2 && chain[0] == chain[^1];

    private static bool TryTakeNeighbour(List<long> current, List<List<long>?> chains, Dictionary<long, List<int>> byEnd, out List<long> other)
    {
        foreach (var end in new[] { current[0], current[^1] })
        {
            if (!byEnd.TryGetValue(end, out var candidates)) continue;
            foreach (var i in candidates)
            {
                if (chains[i] is not { } found || IsClosed(found)) continue;
                chains[i] = null;
                candidates.Remove(i);
                other = found;
                return true;
            }
        }

        other = [];
        return false;
    }

    /// <summary>Attaches <paramref name="other"/> to whichever end of <paramref name="current"/> it touches.</summary>
    private static void Append(List<long> current, List<long> other)
    {
        if (current[^1] == other[0]) current.AddRange(other.Skip(1));
        else if (current[^1] == other[^1]) current.AddRange(Enumerable.Reverse(other).Skip(1));
        else if (current[0] == other[^1]) current.InsertRange(0, other.Take(other.Count - 1));
        else current.InsertRange(0, Enumerable.Reverse(other).Take(other.Count - 1));
    }

    private static void Register(Dictionary<long, List<int>> byEnd, long node, int index)
    {
        if (!byEnd.TryGetValue(node, out var list)) byEnd[node] = list = [];
        list.Add(index);
    }
}
