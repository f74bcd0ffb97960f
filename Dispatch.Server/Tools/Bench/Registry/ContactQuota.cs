namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>
/// Shares a total number of contacts among people in proportion to the history each one can hold (their capacity), in
/// one pass over the people in a fixed order. Person i gets floor(C·S_i / T) − floor(C·S_(i−1) / T), where S_i is the
/// capacity seen up to and including them and T the sum of all capacities. The shares add up to C exactly (the last
/// person brings S to T), and while C ≤ T no share exceeds its person's capacity, so nobody's history is stretched.
/// </summary>
public sealed class ContactQuota
{
    private readonly long _total;
    private readonly long _capacity;
    private long _seen;
    private long _given;

    public ContactQuota(long total, long capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (total > capacity)
            throw new InvalidOperationException($"The invented people can hold {capacity:N0} contacts at most, fewer than the {total:N0} asked for: ask for more people or fewer contacts.");
        _total = total;
        _capacity = capacity;
    }

    /// <summary>The share of the next person, whose history can hold <paramref name="capacity"/> contacts.</summary>
    public int Next(int capacity)
    {
        _seen += capacity;
        if (_seen > _capacity) throw new InvalidOperationException("More capacity was offered than was counted.");
        var upTo = _capacity == 0 ? 0 : (long)((Int128)_seen * _total / _capacity);
        var share = upTo - _given;
        _given = upTo;
        return (int)share;
    }

    /// <summary>What has been shared so far; equal to the total once every counted person has had their share.</summary>
    public long Given => _given;
}
