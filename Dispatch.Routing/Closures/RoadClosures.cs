using Dispatch.Routing.Graph;
using Dispatch.Routing.Snapping;
using NetTopologySuite.Geometries;

namespace Dispatch.Routing.Closures;

/// <summary>
/// The set of closures in force. Changes publish a fresh snapshot atomically, so the next query sees them at once
/// and queries already running finish on the view they started with.
/// </summary>
public sealed class RoadClosures
{
    private readonly RoadGraph _g;
    private readonly RoadSnapper _snapper;
    private readonly object _write = new();
    private ClosureSnapshot _current = ClosureSnapshot.Empty;

    public RoadClosures(RoadGraph graph, RoadSnapper snapper)
    {
        _g = graph;
        _snapper = snapper;
    }

    public ClosureSnapshot Current => Volatile.Read(ref _current);

    /// <summary>Adds or replaces a closure; returns the directed edges it closes.</summary>
    public IReadOnlyList<int> Set(RoadClosure closure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(closure.Id);
        var edges = Resolve(closure);
        lock (_write)
        {
            var list = Current.Active.Where(a => a.closure.Id != closure.Id).ToList();
            list.Add((closure, edges));
            Publish(list);
        }
        return edges;
    }

    /// <summary>
    /// Adds or replaces several closures as one change (one new snapshot, one customization), as when a batch of
    /// checkpoints is announced or the closures in force are loaded at start-up.
    /// </summary>
    public void Set(IReadOnlyList<RoadClosure> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        foreach (var c in closures) ArgumentException.ThrowIfNullOrWhiteSpace(c.Id);
        var resolved = closures.Select(c => (closure: c, edges: Resolve(c))).ToList();
        var ids = closures.Select(c => c.Id).ToHashSet();
        lock (_write)
        {
            var list = Current.Active.Where(a => !ids.Contains(a.closure.Id)).ToList();
            // A batch naming one id twice keeps the last, as separate calls would.
            list.AddRange(resolved.GroupBy(r => r.closure.Id).Select(g => g.Last()));
            Publish(list);
        }
    }

    /// <summary>Lifts a closure; false if no closure has that id.</summary>
    public bool Lift(string id)
    {
        lock (_write)
        {
            var list = Current.Active.Where(a => a.closure.Id != id).ToList();
            if (list.Count == Current.Active.Count) return false;
            Publish(list);
            return true;
        }
    }

    /// <summary>
    /// Called with each new snapshot right after it is published, still under the write lock (so calls never overlap
    /// and come in publishing order), before <see cref="Set"/> or <see cref="Lift"/> returns.
    /// </summary>
    internal event Action<ClosureSnapshot>? Changed;

    private void Publish(List<(RoadClosure closure, int[] edges)> list)
    {
        var snapshot = list.Count == 0 ? ClosureSnapshot.Empty : Snapshot(list);
        Volatile.Write(ref _current, snapshot);
        Changed?.Invoke(snapshot);
    }

    private ClosureSnapshot Snapshot(List<(RoadClosure closure, int[] edges)> list)
    {
        var closed = new bool[_g.EdgeCount];
        var count = 0;
        foreach (var (_, edges) in list)
            foreach (var e in edges)
                if (!closed[e]) { closed[e] = true; count++; }
        return new ClosureSnapshot(list, closed, count);
    }

    private int[] Resolve(RoadClosure c)
    {
        var result = new HashSet<int>();
        foreach (var e in c.EdgeIds)
        {
            if ((uint)e >= (uint)_g.EdgeCount) throw new ArgumentOutOfRangeException(nameof(c), $"Edge {e} does not exist.");
            result.Add(e);
        }
        if (c.Line.Count > 0)
        {
            if (!(c.RadiusMeters >= 0)) throw new ArgumentOutOfRangeException(nameof(c), "Closure radius must be zero or more metres.");
            var origin = c.Line[0];
            var proj = new LocalProjection(origin.Lon, origin.Lat);
            var factory = new GeometryFactory();
            Geometry shape = c.Line.Count == 1
                ? factory.CreatePoint(ToXy(proj, origin))
                : factory.CreateLineString(c.Line.Select(p => ToXy(proj, p)).ToArray());
            var candidates = new HashSet<int>();
            // Query around every vertex of the closure line, widened to cover the pieces between vertices.
            var step = Math.Max(c.RadiusMeters, 50);
            foreach (var p in Densify(c.Line, step))
                foreach (var s in _snapper.SegmentsNear(p, c.RadiusMeters + step)) candidates.Add(s);
            foreach (var s in candidates)
            {
                var coords = new List<Coordinate>();
                for (var i = _g.SegmentCoordStart[s]; i < _g.SegmentCoordStart[s + 1]; i++)
                    coords.Add(ToXy(proj, new GeoPoint(_g.CoordLon[i], _g.CoordLat[i])));
                if (!factory.CreateLineString([.. coords]).IsWithinDistance(shape, c.RadiusMeters)) continue;
                if (_g.SegmentForward[s] >= 0) result.Add(_g.SegmentForward[s]);
                if (_g.SegmentBackward[s] >= 0) result.Add(_g.SegmentBackward[s]);
            }
        }
        return [.. result.Order()];
    }

    private static Coordinate ToXy(LocalProjection proj, GeoPoint p)
    {
        var (x, y) = proj.Project(p.Lon, p.Lat);
        return new Coordinate(x, y);
    }

    private static IEnumerable<GeoPoint> Densify(IReadOnlyList<GeoPoint> line, double stepMeters)
    {
        yield return line[0];
        for (var i = 1; i < line.Count; i++)
        {
            var pieces = (int)Math.Ceiling(Haversine.Meters(line[i - 1], line[i]) / stepMeters);
            for (var k = 1; k <= pieces; k++)
            {
                var t = (double)k / pieces;
                yield return new GeoPoint(line[i - 1].Lon + t * (line[i].Lon - line[i - 1].Lon), line[i - 1].Lat + t * (line[i].Lat - line[i - 1].Lat));
            }
        }
    }
}
