namespace Dispatch.Routing.Graph;

/// <summary>Collects segments and their allowed directions, then freezes them into a <see cref="RoadGraph"/>.</summary>
public sealed class RoadGraphBuilder
{
    private readonly List<double> _vLon = [], _vLat = [];
    private readonly List<int> _eFrom = [], _eTo = [], _eTicks = [], _eSegment = [];
    private readonly List<double> _eMeters = [];
    private readonly List<int> _sCoordStart = [0];
    private readonly List<double> _cLon = [], _cLat = [];
    private readonly List<long> _sWay = [];
    private readonly List<int> _sFwd = [], _sBwd = [];

    public int AddVertex(double lon, double lat)
    {
        _vLon.Add(lon); _vLat.Add(lat);
        return _vLon.Count - 1;
    }

    /// <summary>Adds a segment from vertex <paramref name="a"/> to <paramref name="b"/> along the given shape.</summary>
    public void AddSegment(long wayId, int a, int b, IReadOnlyList<GeoPoint> shape, double speedKmh, bool forward, bool backward)
    {
        if (!forward && !backward) return;
        if (shape.Count < 2) throw new ArgumentException("A segment needs at least two coordinates.", nameof(shape));
        var meters = 0d;
        for (var i = 1; i < shape.Count; i++) meters += Haversine.Meters(shape[i - 1], shape[i]);
        var ticks = TravelTicks.FromSeconds(meters / (speedKmh / 3.6d));

        AddPrebuiltSegment(wayId, a, b, shape, forward ? ticks : -1, backward ? ticks : -1, meters);
    }

    /// <summary>
    /// Adds a segment whose weights (whole <see cref="TravelTicks"/>) are already known; a negative weight means that
    /// direction is not allowed.
    /// </summary>
    public void AddPrebuiltSegment(long wayId, int a, int b, IReadOnlyList<GeoPoint> shape, int forwardTicks, int backwardTicks, double meters)
    {
        var seg = _sWay.Count;
        _sWay.Add(wayId);
        foreach (var p in shape) { _cLon.Add(p.Lon); _cLat.Add(p.Lat); }
        _sCoordStart.Add(_cLon.Count);
        _sFwd.Add(forwardTicks >= 0 ? AddEdge(a, b, forwardTicks, meters, seg) : -1);
        _sBwd.Add(backwardTicks >= 0 ? AddEdge(b, a, backwardTicks, meters, seg) : -1);
    }

    private int AddEdge(int from, int to, int ticks, double meters, int seg)
    {
        _eFrom.Add(from); _eTo.Add(to); _eTicks.Add(ticks); _eMeters.Add(meters); _eSegment.Add(seg);
        return _eFrom.Count - 1;
    }

    public RoadGraph Build() => new(
        [.. _vLon], [.. _vLat], [.. _eFrom], [.. _eTo], [.. _eTicks], [.. _eMeters], [.. _eSegment],
        [.. _sCoordStart], [.. _cLon], [.. _cLat], [.. _sWay], [.. _sFwd], [.. _sBwd]);
}
