using System.Collections.Concurrent;

namespace Dispatch.Server.Basemap.Tiles;

/// <summary>
/// A bounded least-recently-used store of encoded tiles. Concurrent requests for the same missing
/// tile share one render instead of each drawing it.
/// </summary>
public sealed class TileCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TileId, LinkedListNode<(TileId Tile, byte[] Png)>> _entries = [];
    private readonly LinkedList<(TileId Tile, byte[] Png)> _recency = new();
    private readonly ConcurrentDictionary<TileId, Lazy<byte[]>> _rendering = new();

    public int Capacity { get; } = Math.Max(1, capacity);

    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    public bool Contains(TileId tile)
    {
        lock (_gate) return _entries.ContainsKey(tile);
    }

    public byte[] GetOrRender(TileId tile, Func<TileId, byte[]> render)
    {
        if (TryGet(tile, out var cached)) return cached;

        var pending = _rendering.GetOrAdd(tile, t => new Lazy<byte[]>(() => render(t), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var png = pending.Value;
            Put(tile, png);
            return png;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<TileId, Lazy<byte[]>>(tile, pending));
        }
    }

    private bool TryGet(TileId tile, out byte[] png)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(tile, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                png = node.Value.Png;
                return true;
            }
        }

        png = [];
        return false;
    }

    private void Put(TileId tile, byte[] png)
    {
        lock (_gate)
        {
            if (_entries.ContainsKey(tile)) return;
            _entries[tile] = _recency.AddFirst((tile, png));
            while (_entries.Count > Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Tile);
            }
        }
    }
}
