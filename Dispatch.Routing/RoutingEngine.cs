using Dispatch.Routing.Closures;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Fleet;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Import;
using Dispatch.Routing.Profiles;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Shapes;
using Dispatch.Routing.Snapping;
using Dispatch.Routing.Storage;

namespace Dispatch.Routing;

/// <summary>
/// The routing entry point: one per region and profile, shared by all requests (thread-safe).
/// Uses the contraction hierarchy while no closure is in force, and a customizable hierarchy re-customized for the
/// closures in force otherwise (plain Dijkstra only for the moments while a customization is being computed).
/// </summary>
public sealed class RoutingEngine
{
    private RoutingEngine(RoadGraph graph, ContractionHierarchy hierarchy, RoutingProfile profile, RoutingEngineOptions options, bool fromCache)
    {
        Graph = graph;
        Hierarchy = hierarchy;
        Profile = profile;
        MaxSnapMeters = options.MaxSnapMeters;
        LoadedFromCache = fromCache;
        Snapper = new RoadSnapper(graph);
        Closures = new RoadClosures(graph, Snapper);
        Fast = new HierarchyEngine(graph, hierarchy);
        Plain = new DijkstraEngine(graph, () => Closures.Current.ClosedEdges);
        Shapes = new RouteGeometry(graph);
        Fleet = new FleetIndex(this);
        Customizable = CustomizableHierarchy.For(graph, hierarchy.Rank);
        Closures.Changed += Customize;
    }

    /// <summary>The metric-independent hierarchy that closures are customized into.</summary>
    public CustomizableHierarchy Customizable { get; }

    private sealed record Customized(ClosureSnapshot Closures, ContractionHierarchy Hierarchy, HierarchyEngine Engine);
    private Customized? _customized;

    /// <summary>Runs under the closures' write lock, so customizations never overlap and finish in order.</summary>
    private void Customize(ClosureSnapshot closures)
    {
        if (closures.IsEmpty) { Volatile.Write(ref _customized, null); return; }
        var hierarchy = Customizable.Customize(closures.ClosedEdges);
        Volatile.Write(ref _customized, new Customized(closures, hierarchy, new HierarchyEngine(Graph, hierarchy, closures.ClosedEdges)));
    }

    /// <summary>The hierarchy engine customized for exactly these closures, or null while it is being computed.</summary>
    public HierarchyEngine? CustomizedFor(ClosureSnapshot closures) =>
        Volatile.Read(ref _customized) is { } c && ReferenceEquals(c.Closures, closures) ? c.Engine : null;

    public RoadGraph Graph { get; }
    public ContractionHierarchy Hierarchy { get; }
    public RoutingProfile Profile { get; }
    public RoadSnapper Snapper { get; }
    public RoadClosures Closures { get; }
    /// <summary>Contraction-hierarchy queries; they do not see closures.</summary>
    public HierarchyEngine Fast { get; }
    /// <summary>Plain Dijkstra on the same graph, honouring closures.</summary>
    public DijkstraEngine Plain { get; }
    public RouteGeometry Shapes { get; }
    /// <summary>
    /// This engine's vehicles, indexed by position for fast many-to-one; <see cref="Ranking.VehicleRanker"/> keeps it
    /// current from the positions it ranks. Callers that receive position reports may also update it as they arrive.
    /// </summary>
    public FleetIndex Fleet { get; }
    public double MaxSnapMeters { get; }
    public bool LoadedFromCache { get; }

    /// <summary>Imports an .osm.pbf (or loads its prepared copy from the cache) and readies it for queries.</summary>
    public static RoutingEngine Open(string osmPbfPath, RoutingProfile profile, RoutingEngineOptions? options = null)
    {
        options ??= new RoutingEngineOptions();
        string? cacheFile = null;
        if (options.CacheDirectory is { } dir)
        {
            cacheFile = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(osmPbfPath)}.{profile.Name}.{PreparedGraphStore.CacheKey(osmPbfPath, profile)}.graph");
            if (File.Exists(cacheFile))
            {
                try
                {
                    var (g, ch) = PreparedGraphStore.Load(cacheFile);
                    return new RoutingEngine(g, ch, profile, options, fromCache: true);
                }
                catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
                {
                    // A stale or damaged cache is rebuilt below.
                }
            }
        }
        var graph = LargestComponent.Extract(OsmRoadImporter.ImportPbf(osmPbfPath, profile));
        var hierarchy = HierarchyBuilder.Build(graph);
        if (cacheFile is not null) PreparedGraphStore.Save(cacheFile, graph, hierarchy);
        return new RoutingEngine(graph, hierarchy, profile, options, fromCache: false);
    }

    /// <summary>Readies an already imported graph (kept to its largest strongly connected component).</summary>
    public static RoutingEngine FromGraph(RoadGraph graph, RoutingProfile profile, RoutingEngineOptions? options = null)
    {
        var core = LargestComponent.Extract(graph);
        return new RoutingEngine(core, HierarchyBuilder.Build(core), profile, options ?? new RoutingEngineOptions());
    }

    /// <summary>
    /// Readies a graph that is already one strongly connected piece, with a hierarchy already built for it (as the
    /// scaling benchmark has, which times building it separately).
    /// </summary>
    public static RoutingEngine FromPrepared(RoadGraph core, ContractionHierarchy hierarchy, RoutingProfile profile, RoutingEngineOptions? options = null)
    {
        if (core.VertexCount != hierarchy.VertexCount || core.EdgeCount != hierarchy.OriginalEdgeCount)
            throw new ArgumentException("The hierarchy was built for a different road graph.", nameof(hierarchy));
        return new RoutingEngine(core, hierarchy, profile, options ?? new RoutingEngineOptions());
    }

    private RoutingEngine(RoadGraph graph, ContractionHierarchy hierarchy, RoutingProfile profile, RoutingEngineOptions options)
        : this(graph, hierarchy, profile, options, fromCache: false) { }

    /// <summary>The engine that answers correctly right now.</summary>
    public IRouteEngine Current
    {
        get
        {
            var closures = Closures.Current;
            if (closures.IsEmpty) return Fast;
            return (IRouteEngine?)CustomizedFor(closures) ?? Plain;
        }
    }

    public SnapResult? TrySnap(GeoPoint p) => TrySnap(p, Closures.Current);

    private SnapResult? TrySnap(GeoPoint p, ClosureSnapshot closures)
    {
        return closures.IsEmpty
            ? Snapper.TrySnap(p, MaxSnapMeters)
            : Snapper.TrySnap(p, MaxSnapMeters, s => IsOpen(closures, s));
    }

    /// <summary>
    /// Like <see cref="TrySnap"/>, remembering answers for fixed places such as hospitals. Entries are tied to the
    /// closure snapshot they were made under, so a new or lifted closure is never answered from a stale entry.
    /// </summary>
    public SnapResult? TrySnapCached(GeoPoint p)
    {
        var closures = Closures.Current;
        if (_snapCache.TryGetValue(p, out var hit) && ReferenceEquals(hit.closures, closures)) return hit.snap;
        var snap = TrySnap(p);
        if (_snapCache.Count >= SnapCacheLimit) _snapCache.Clear();
        _snapCache[p] = (closures, snap);
        return snap;
    }

    private const int SnapCacheLimit = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<GeoPoint, (ClosureSnapshot closures, SnapResult? snap)> _snapCache = new();

    /// <exception cref="SnapRefusedException">No usable road within <see cref="MaxSnapMeters"/>.</exception>
    public SnapResult Snap(GeoPoint p) => TrySnap(p) ?? throw new SnapRefusedException(p, MaxSnapMeters);

    public TravelTime TravelTime(GeoPoint from, GeoPoint to)
    {
        if (TrySnap(from) is not { } a || TrySnap(to) is not { } b) return Dispatch.Routing.TravelTime.NotSnappable;
        return Current.Between(a, b);
    }

    /// <summary>Route with geometry; null when the destination cannot be reached.</summary>
    /// <exception cref="SnapRefusedException">Either end is too far from a usable road.</exception>
    public RouteResult? Route(GeoPoint from, GeoPoint to)
    {
        var path = Current.Path(Snap(from), Snap(to));
        return path is null ? null : new RouteResult(path, Shapes.Route(path), Shapes.RouteGeoJson(path));
    }

    public TravelTime[] OneToMany(GeoPoint from, IReadOnlyList<GeoPoint> to, Deadline deadline = default) =>
        Fan(from, to, deadline, oneToMany: true);

    public TravelTime[] ManyToOne(IReadOnlyList<GeoPoint> from, GeoPoint to, Deadline deadline = default) =>
        Fan(to, from, deadline, oneToMany: false);

    private TravelTime[] Fan(GeoPoint single, IReadOnlyList<GeoPoint> many, Deadline deadline, bool oneToMany)
    {
        var results = new TravelTime[many.Count];
        if (TrySnap(single) is not { } s)
        {
            Array.Fill(results, Dispatch.Routing.TravelTime.NotSnappable);
            return results;
        }
        var snapped = new List<SnapResult>(many.Count);
        var index = new List<int>(many.Count);
        for (var i = 0; i < many.Count; i++)
        {
            if (TrySnap(many[i]) is { } m) { snapped.Add(m); index.Add(i); }
            else results[i] = Dispatch.Routing.TravelTime.NotSnappable;
        }
        var partial = new TravelTime[snapped.Count];
        if (oneToMany) Current.OneToMany(s, snapped, partial, deadline);
        else Current.ManyToOne(snapped, s, partial, deadline);
        for (var k = 0; k < partial.Length; k++) results[index[k]] = partial[k];
        return results;
    }

    /// <summary>
    /// Travel times from the nearest and second-nearest of <paramref name="sources"/> (e.g. the available vehicles'
    /// positions) to every vertex of <see cref="Graph"/>, under the closures in force. Sources that cannot be snapped
    /// to an open road are never named.
    /// </summary>
    /// <param name="plainSearch">
    /// Search by plain Dijkstra from all sources together instead of the hierarchy: the same answer, slower; the
    /// baseline the hierarchy's sweep is measured against.
    /// </param>
    public NearestSources NearestSources(IReadOnlyList<GeoPoint> sources, Deadline deadline = default, bool plainSearch = false)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var closures = Closures.Current;
        var snaps = new SnapResult?[sources.Count];
        for (var i = 0; i < snaps.Length; i++) snaps[i] = TrySnap(sources[i], closures);
        var hierarchy = plainSearch ? null : closures.IsEmpty ? Hierarchy
            : Volatile.Read(ref _customized) is { } c && ReferenceEquals(c.Closures, closures) ? c.Hierarchy : null;
        // Only while a customization is being computed is there no hierarchy for these closures.
        return hierarchy is null
            ? MultiSourceDijkstra.Run(Graph, snaps, closures.ClosedEdges, deadline)
            : NearestSourcesSweep.Run(Graph, hierarchy, snaps, closures.ClosedEdges, deadline);
    }

    private bool IsOpen(ClosureSnapshot closures, int segment)
    {
        int f = Graph.SegmentForward[segment], b = Graph.SegmentBackward[segment];
        return (f >= 0 && !closures.IsClosed(f)) || (b >= 0 && !closures.IsClosed(b));
    }
}
