namespace Dispatch.Routing.Fleet;

/// <summary>
/// Binary min-heap of (key, vertex) with lazy deletion: a vertex may be pushed again with a smaller key and stale
/// copies are skipped by the caller. Smaller and faster than <see cref="PriorityQueue{TElement,TPriority}"/> for the
/// few hundred entries of an upward search, and it keeps its arrays between searches.
/// </summary>
internal sealed class MinHeap
{
    private int[] _keys = new int[64], _items = new int[64];
    private int _count;

    public void Clear() => _count = 0;

    public void Push(int item, int key)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _items, _count * 2);
        }
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (_keys[parent] <= key) break;
            _keys[i] = _keys[parent]; _items[i] = _items[parent];
            i = parent;
        }
        _keys[i] = key; _items[i] = item;
    }

    public bool TryPop(out int item, out int key)
    {
        if (_count == 0) { item = key = 0; return false; }
        item = _items[0]; key = _keys[0];
        var n = --_count;
        if (n == 0) return true;
        int lastKey = _keys[n], lastItem = _items[n];
        var i = 0;
        while (true)
        {
            var child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && _keys[child + 1] < _keys[child]) child++;
            if (_keys[child] >= lastKey) break;
            _keys[i] = _keys[child]; _items[i] = _items[child];
            i = child;
        }
        _keys[i] = lastKey; _items[i] = lastItem;
        return true;
    }
}
