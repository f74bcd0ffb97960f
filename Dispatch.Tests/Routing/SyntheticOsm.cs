using OsmSharp;
using OsmSharp.Tags;

namespace Dispatch.Tests.Routing;

/// <summary>Builds tiny OSM data sets in code: a row of nodes 100 m apart and ways over them.</summary>
internal sealed class SyntheticOsm
{
    private readonly List<OsmGeo> _items = [];
    private long _nextWay = 100;

    public SyntheticOsm(int nodes = 6)
    {
        for (var i = 0; i < nodes; i++)
            _items.Add(new Node { Id = i + 1, Longitude = 104.0 + i * 0.001, Latitude = 30.0 });
    }

    public SyntheticOsm Node(long id, double lon, double lat)
    {
        _items.Insert(0, new Node { Id = id, Longitude = lon, Latitude = lat });
        return this;
    }

    public long Way(long[] nodes, params (string key, string value)[] tags)
    {
        var id = _nextWay++;
        _items.Add(new Way { Id = id, Nodes = nodes, Tags = new TagsCollection(tags.Select(t => new Tag(t.key, t.value))) });
        return id;
    }

    public IEnumerable<OsmGeo> Items => _items;
}
