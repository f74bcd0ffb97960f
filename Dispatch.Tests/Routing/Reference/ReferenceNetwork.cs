using Dispatch.Routing;
using Dispatch.Routing.Profiles;
using OsmSharp;
using OsmSharp.Streams;

namespace Dispatch.Tests.Routing.Reference;

/// <summary>
/// A deliberately simple second reading of OSM data, sharing nothing with the engine's importer, graph or snapping:
/// every node of every usable way is a vertex, each consecutive pair of nodes is one edge, and travel times are
/// exact seconds (no rounding). It applies the profile's rules as OSM documents them: the speed of the highway class
/// (a class without a speed, such as a *_link the profile omits, is not driven), access (the most specific of
/// motorcar, motor_vehicle, access decides; no or private closes), and oneway (yes/true/1, -1/reverse, no/false/0;
/// roundabouts and motorways one-way when the profile implies it).
/// </summary>
internal sealed class ReferenceNetwork
{
    private readonly Dictionary<long, int> _vertexOf = [];
    private readonly List<long> _nodeIds = [];
    private readonly List<(double lon, double lat)> _coords = [];
    private readonly List<List<(int to, double seconds)>> _out = [];
    private readonly Dictionary<(double, double), List<int>> _atCoordinate = [];

    public int VertexCount => _nodeIds.Count;
    public long NodeId(int v) => _nodeIds[v];
    public GeoPoint Point(int v) => new(_coords[v].lon, _coords[v].lat);
    public IReadOnlyList<(int to, double seconds)> Out(int v) => _out[v];
    /// <summary>How many used ways pass through each vertex's node (counting a repeat within a way), to pick junctions.</summary>
    public int[] Uses { get; private set; } = [];
    /// <summary>Nodes that a way visits twice other than closing at its ends: the loop of a lollipop and similar.</summary>
    public HashSet<int> RepeatedInsideAWay { get; } = [];

    public static ReferenceNetwork FromPbf(string path, RoutingProfile profile)
    {
        using var stream = File.OpenRead(path);
        return From(new PBFOsmStreamSource(stream), profile);
    }

    public static ReferenceNetwork From(IEnumerable<OsmGeo> source, RoutingProfile profile)
    {
        var nodes = new Dictionary<long, (double lon, double lat)>();
        var ways = new List<(long[] nodes, double metresPerSecond, bool forward, bool backward)>();
        foreach (var geo in source)
        {
            if (geo is Node { Id: { } id, Longitude: { } lon, Latitude: { } lat }) nodes[id] = (lon, lat);
            else if (geo is Way { Nodes: { Length: >= 2 } wayNodes, Tags: { } tags } && Usable(tags, profile, out var speed, out var fwd, out var bwd))
                ways.Add((wayNodes, speed / 3.6, fwd, bwd));
        }
        var net = new ReferenceNetwork();
        var uses = new Dictionary<int, int>();
        foreach (var (wayNodes, mps, fwd, bwd) in ways)
        {
            if (wayNodes.Any(n => !nodes.ContainsKey(n))) continue; // cut at the extract's edge: not drivable as a whole
            for (var i = 0; i < wayNodes.Length; i++)
            {
                var v = net.VertexFor(wayNodes[i], nodes[wayNodes[i]]);
                uses[v] = uses.GetValueOrDefault(v) + 1;
                // A closed way's last node is its first again: only other repeats make a loop inside the way.
                var closedAtEnds = wayNodes[0] == wayNodes[^1];
                var last = closedAtEnds ? wayNodes.Length - 1 : wayNodes.Length;
                if (i < last && Array.IndexOf(wayNodes, wayNodes[i], i + 1, last - i - 1) > i) net.RepeatedInsideAWay.Add(v);
                if (i == 0) continue;
                var u = net.VertexFor(wayNodes[i - 1], nodes[wayNodes[i - 1]]);
                if (u == v) continue;
                var seconds = Metres(net._coords[u], net._coords[v]) / mps;
                if (fwd) net._out[u].Add((v, seconds));
                if (bwd) net._out[v].Add((u, seconds));
            }
        }
        net.Uses = new int[net.VertexCount];
        foreach (var (v, n) in uses) net.Uses[v] = n;
        return net;
    }

    private int VertexFor(long node, (double lon, double lat) at)
    {
        if (_vertexOf.TryGetValue(node, out var v)) return v;
        v = _nodeIds.Count;
        _vertexOf[node] = v;
        _nodeIds.Add(node);
        _coords.Add(at);
        _out.Add([]);
        if (!_atCoordinate.TryGetValue(at, out var list)) _atCoordinate[at] = list = [];
        list.Add(v);
        return v;
    }

    /// <summary>Every vertex at exactly this coordinate: separate OSM nodes on one spot are one place to a driver.</summary>
    public IReadOnlyList<int> VerticesAt(GeoPoint p) => _atCoordinate.TryGetValue((p.Lon, p.Lat), out var list) ? list : [];

    private static bool Usable(OsmSharp.Tags.TagsCollectionBase tags, RoutingProfile profile, out double kmh, out bool forward, out bool backward)
    {
        kmh = 0; forward = backward = false;
        if (!tags.TryGetValue("highway", out var highway) || !profile.SpeedsKmh.TryGetValue(highway, out kmh)) return false;
        if (profile.RespectAccess)
            foreach (var key in new[] { "motorcar", "motor_vehicle", "access" })
                if (tags.TryGetValue(key, out var value))
                {
                    if (value.Trim().ToLowerInvariant() is "no" or "private") return false;
                    break;
                }
        (forward, backward) = (true, true);
        var oneway = tags.TryGetValue("oneway", out var o) ? o.Trim().ToLowerInvariant() : null;
        if (oneway is "yes" or "true" or "1") (forward, backward) = (true, false);
        else if (oneway is "-1" or "reverse") (forward, backward) = (false, true);
        else if (oneway is "no" or "false" or "0") (forward, backward) = (true, true);
        else if (profile.ImpliedOneway && ((tags.TryGetValue("junction", out var j) && j == "roundabout") || highway == "motorway"))
            (forward, backward) = (true, false);
        return true;
    }

    /// <summary>Great-circle metres on a sphere of the mean Earth radius used across the project.</summary>
    public static double Metres((double lon, double lat) a, (double lon, double lat) b)
    {
        const double r = 6_371_000d, rad = Math.PI / 180d;
        double dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(a.lat * rad) * Math.Cos(b.lat * rad) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private bool[]? _kept;

    /// <summary>
    /// From now on, searches use only the largest strongly connected part, as routing does (everywhere in it can
    /// reach everywhere else; a one-way stub cut off at the map's edge is not driven to or from). Returns that part.
    /// </summary>
    public HashSet<int> KeepLargestStronglyConnected()
    {
        var core = LargestStronglyConnected();
        _kept = new bool[VertexCount];
        foreach (var v in core) _kept[v] = true;
        return core;
    }

    private bool Kept(int v) => _kept is null || _kept[v];

    /// <summary>Exact seconds from every vertex at <paramref name="from"/> to every vertex; +∞ where unreachable.</summary>
    public double[] SecondsFrom(GeoPoint from)
    {
        var dist = new double[VertexCount];
        Array.Fill(dist, double.PositiveInfinity);
        var queue = new PriorityQueue<int, double>();
        foreach (var s in VerticesAt(from)) if (Kept(s)) { dist[s] = 0; queue.Enqueue(s, 0); }
        while (queue.TryDequeue(out var v, out var d))
        {
            if (d > dist[v]) continue;
            foreach (var (w, sec) in _out[v])
                if (Kept(w) && d + sec < dist[w]) { dist[w] = d + sec; queue.Enqueue(w, dist[w]); }
        }
        return dist;
    }

    /// <summary>Seconds between two places given as coordinates of nodes; +∞ when unreachable.</summary>
    public double Seconds(GeoPoint from, GeoPoint to, double[]? fromSearch = null)
    {
        var dist = fromSearch ?? SecondsFrom(from);
        var best = double.PositiveInfinity;
        foreach (var t in VerticesAt(to)) if (Kept(t)) best = Math.Min(best, dist[t]);
        return best;
    }

    /// <summary>The vertices of the largest set that can all reach each other (Kosaraju, iterative).</summary>
    public HashSet<int> LargestStronglyConnected()
    {
        var n = VertexCount;
        var order = new List<int>(n);
        var seen = new bool[n];
        var stack = new Stack<(int v, int next)>();
        for (var r = 0; r < n; r++)
        {
            if (seen[r]) continue;
            seen[r] = true; stack.Push((r, 0));
            while (stack.Count > 0)
            {
                var (v, next) = stack.Pop();
                if (next < _out[v].Count)
                {
                    stack.Push((v, next + 1));
                    var w = _out[v][next].to;
                    if (!seen[w]) { seen[w] = true; stack.Push((w, 0)); }
                }
                else order.Add(v);
            }
        }
        var reverse = new List<int>[n];
        for (var v = 0; v < n; v++) reverse[v] = [];
        for (var v = 0; v < n; v++) foreach (var (w, _) in _out[v]) reverse[w].Add(v);
        var comp = new int[n]; Array.Fill(comp, -1);
        var sizes = new List<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            var r = order[i];
            if (comp[r] >= 0) continue;
            var c = sizes.Count; sizes.Add(0);
            var todo = new Stack<int>(); todo.Push(r); comp[r] = c;
            while (todo.Count > 0)
            {
                var v = todo.Pop(); sizes[c]++;
                foreach (var u in reverse[v]) if (comp[u] < 0) { comp[u] = c; todo.Push(u); }
            }
        }
        var biggest = sizes.IndexOf(sizes.Max());
        return [.. Enumerable.Range(0, n).Where(v => comp[v] == biggest)];
    }
}
