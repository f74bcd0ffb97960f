using System.Collections.Concurrent;
using Dispatch.Routing.Contraction;
using Dispatch.Routing.Graph;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Fleet;

/// <summary>
/// Road times from many vehicles to one patient by bucket-based many-to-one on the contraction hierarchy
/// (Knopp et al.): each indexed vehicle leaves an entry (vehicle, ticks, metres) in a bucket at every vertex
/// its upward search settles; a query runs one upward search backwards from the patient and scans the buckets of the
/// vertices it settles. The vehicles' searches are paid once per position change instead of once per query.
/// </summary>
/// <remarks>
/// Threading: updates are serialised by a monitor and do their upward search outside the bucket lock, then swap the
/// vehicle's entries under the write side of a reader-writer lock; queries search from the patient without any lock
/// and hold the read side only while scanning buckets. So queries run in parallel with each other, an update blocks
/// them only for the few microseconds of the swap, and a query sees each vehicle either wholly before or wholly after
/// a move, never a mix. Per-query scratch is pooled, as in <see cref="HierarchyEngine"/>.
/// The buckets hold open-network times: while any closure is in force, queries are answered by the engine's
/// closure-customized hierarchy from the stored positions instead, and updates keep the buckets current for when
/// the closures lift.
/// </remarks>
public sealed class FleetIndex
{
    private readonly RoadGraph _graph;
    private readonly ContractionHierarchy _hierarchy;
    /// <summary>Null when built on a bare hierarchy, which, like <see cref="HierarchyEngine"/>, knows no closures.</summary>
    private readonly RoutingEngine? _engine;
    private readonly ReaderWriterLockSlim _buckets = new(LockRecursionPolicy.NoRecursion);
    private readonly Lock _updates = new();
    private readonly ConcurrentBag<QueryScratch> _pool = [];
    private readonly Buckets _entries;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private IndexedVehicle?[] _vehicles = new IndexedVehicle?[16];
    /// <summary>Each slot's road segment, read for every candidate of a query, so kept apart from the rest.</summary>
    private int[] _segmentOf = new int[16];
    /// <summary>Bumped whenever a slot gets or loses its vehicle, so an old <see cref="VehicleHandle"/> stops matching.</summary>
    private int[] _generation = new int[16];
    private UpwardSearch? _updateSearch;
    private int _slotCount;

    /// <summary>An index that follows the engine's closures (see the remarks).</summary>
    public FleetIndex(RoutingEngine engine) : this(engine.Graph, engine.Hierarchy) => _engine = engine;

    /// <summary>An index on a bare hierarchy, which, like <see cref="HierarchyEngine"/>, ignores road closures.</summary>
    public FleetIndex(RoadGraph graph, ContractionHierarchy hierarchy)
    {
        if (graph.VertexCount != hierarchy.VertexCount || graph.EdgeCount != hierarchy.OriginalEdgeCount)
            throw new ArgumentException("The hierarchy was built for a different road graph.", nameof(hierarchy));
        _graph = graph;
        _hierarchy = hierarchy;
        _entries = new Buckets(graph.VertexCount);
    }

    /// <summary>How many vehicles are indexed.</summary>
    public int Count
    {
        get
        {
            _buckets.EnterReadLock();
            try { return _slotOf.Count; }
            finally { _buckets.ExitReadLock(); }
        }
    }

    /// <summary>Bucket entries over all vehicles (memory is about 16 bytes each).</summary>
    public int EntryCount
    {
        get
        {
            _buckets.EnterReadLock();
            try { return _entries.Total; }
            finally { _buckets.ExitReadLock(); }
        }
    }

    /// <summary>How many updates rebuilt a vehicle's entries (the others found it where it was).</summary>
    internal long Rebuilds { get; private set; }

    /// <summary>The vehicle's handle, or the default (matching nothing) if it is not indexed.</summary>
    public VehicleHandle HandleOf(string vehicleId)
    {
        _buckets.EnterReadLock();
        try { return _slotOf.TryGetValue(vehicleId, out var slot) ? new VehicleHandle(slot, _generation[slot]) : default; }
        finally { _buckets.ExitReadLock(); }
    }

    /// <summary>Where the vehicle is indexed, or null.</summary>
    public SnapResult? PositionOf(string vehicleId)
    {
        _buckets.EnterReadLock();
        try { return _slotOf.TryGetValue(vehicleId, out var slot) ? _vehicles[slot]!.Snap : null; }
        finally { _buckets.ExitReadLock(); }
    }

    /// <summary>
    /// Indexes the vehicle at <paramref name="position"/>, replacing its entries if it was indexed elsewhere.
    /// A report that snaps to the same place as before costs only a lookup.
    /// </summary>
    /// <returns>The vehicle's handle, the same one across moves.</returns>
    public VehicleHandle Update(string vehicleId, SnapResult position)
    {
        ArgumentNullException.ThrowIfNull(vehicleId);
        lock (_updates)
        {
            // Only the update path writes _slotOf and _vehicles, and it holds _updates, so reading them here is safe.
            if (_slotOf.TryGetValue(vehicleId, out var known) && SamePlace(_vehicles[known]!.Snap, position))
                return new VehicleHandle(known, _generation[known]);

            var search = _updateSearch ??= new UpwardSearch(_graph.VertexCount);
            Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
            var n = Phantoms.Sources(_graph, position, seeds, null);
            search.Run(_hierarchy, forward: true, seeds[..n]);
            var settled = search.Settled;
            var vertices = settled.ToArray();
            var ticks = new int[vertices.Length];
            var meters = new double[vertices.Length];
            for (var i = 0; i < vertices.Length; i++) { ticks[i] = search.Dist(vertices[i]); meters[i] = search.Meters(vertices[i]); }

            _buckets.EnterWriteLock();
            try
            {
                if (_slotOf.TryGetValue(vehicleId, out var slot)) _entries.RemoveAll(slot, _vehicles[slot]!.Vertices);
                else
                {
                    slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slotCount++;
                    if (slot == _vehicles.Length)
                    {
                        Array.Resize(ref _vehicles, slot * 2);
                        Array.Resize(ref _segmentOf, slot * 2);
                        Array.Resize(ref _generation, slot * 2);
                    }
                    _slotOf[vehicleId] = slot;
                    _generation[slot]++;
                }
                for (var i = 0; i < vertices.Length; i++) _entries.Add(vertices[i], slot, ticks[i], meters[i]);
                _vehicles[slot] = new IndexedVehicle(position, vertices);
                _segmentOf[slot] = position.Segment;
                Rebuilds++;
                return new VehicleHandle(slot, _generation[slot]);
            }
            finally { _buckets.ExitWriteLock(); }
        }
    }

    /// <summary>Drops the vehicle and its entries; false if it was not indexed.</summary>
    public bool Remove(string vehicleId)
    {
        lock (_updates)
        {
            _buckets.EnterWriteLock();
            try
            {
                if (!_slotOf.Remove(vehicleId, out var slot)) return false;
                _entries.RemoveAll(slot, _vehicles[slot]!.Vertices);
                _vehicles[slot] = null;
                _generation[slot]++;
                _freeSlots.Push(slot);
                return true;
            }
            finally { _buckets.ExitWriteLock(); }
        }
    }

    /// <summary>
    /// Road time from each of <paramref name="vehicleIds"/> (the candidates, e.g. the available vehicles) to the
    /// patient, into <paramref name="results"/> in the same order. A vehicle that is not indexed is left NotComputed;
    /// if the deadline passes first, every result is left NotComputed, as the answer only completes at the end.
    /// </summary>
    public void ManyToOne(IReadOnlyList<string> vehicleIds, SnapResult patient, Span<TravelTime> results, Deadline deadline = default)
    {
        var handles = vehicleIds.Count <= 256 ? stackalloc VehicleHandle[vehicleIds.Count] : new VehicleHandle[vehicleIds.Count];
        _buckets.EnterReadLock();
        try
        {
            for (var k = 0; k < handles.Length; k++)
                handles[k] = _slotOf.TryGetValue(vehicleIds[k], out var slot) ? new VehicleHandle(slot, _generation[slot]) : default;
        }
        finally { _buckets.ExitReadLock(); }
        ManyToOne(handles, patient, results, deadline);
    }

    /// <summary>As above, naming the candidates by handle, which saves looking their ids up.</summary>
    public void ManyToOne(ReadOnlySpan<VehicleHandle> vehicles, SnapResult patient, Span<TravelTime> results, Deadline deadline = default) =>
        ManyToOne(vehicles, [], patient, results, deadline);

    /// <summary>
    /// As above, answering a vehicle only if it is still indexed at <paramref name="expectedAt"/>[k] (empty: any
    /// position) and leaving it NotComputed otherwise: a caller that has just updated the index from its own positions
    /// learns when another thread moved a vehicle in between, or when its list named one vehicle twice.
    /// </summary>
    internal void ManyToOne(ReadOnlySpan<VehicleHandle> vehicles, ReadOnlySpan<SnapResult> expectedAt, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        if (results.Length < vehicles.Length) throw new ArgumentException("One result per vehicle is needed.", nameof(results));
        if (_engine is { } engine && !engine.Closures.Current.IsEmpty) { WithClosures(engine, vehicles, expectedAt, patient, results, deadline); return; }
        if (deadline.Expired) return;
        var s = _pool.TryTake(out var pooled) ? pooled : new QueryScratch(_graph.VertexCount);
        try
        {
            // The patient's search reads only the hierarchy, so it runs before taking the lock.
            Span<Seed> seeds = stackalloc Seed[Phantoms.MaxSeeds];
            var n = Phantoms.Targets(_graph, patient, seeds, null);
            s.Search.Run(_hierarchy, forward: false, seeds[..n]);
            if (deadline.Expired) return;
            _buckets.EnterReadLock();
            try { Scan(s, vehicles, expectedAt, patient, results, deadline); }
            finally { _buckets.ExitReadLock(); }
        }
        finally { _pool.Add(s); }
    }

    private bool Holds(VehicleHandle h, ReadOnlySpan<SnapResult> expectedAt, int k) =>
        (uint)h.Slot < (uint)_slotCount && _generation[h.Slot] == h.Generation && _vehicles[h.Slot] is { } v &&
        (expectedAt.IsEmpty || SamePlace(v.Snap, expectedAt[k]));

    /// <summary>Under the read lock: scans the settled vertices' buckets, then reads off each candidate's best.</summary>
    private void Scan(QueryScratch s, ReadOnlySpan<VehicleHandle> vehicles, ReadOnlySpan<SnapResult> expectedAt, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        var search = s.Search;
        var settled = search.Settled;
        s.Begin(_slotCount, settled.Length);
        var best = s.Best;
        var position = 0u;
        for (var i = 0; i < settled.Length; i++)
        {
            if ((i & 63) == 63 && deadline.Expired) return;
            s.ScanStart[i] = position;
            var next = _entries.Scan(settled[i], search.Dist(settled[i]), position, best);
            s.MarkScanned(i, position, next);
            position = next;
        }
        for (var k = 0; k < vehicles.Length; k++)
        {
            if (!Holds(vehicles[k], expectedAt, k)) continue;
            var slot = vehicles[k].Slot;
            // Both on one segment with the patient ahead: the direct drive wins ties, as in the hierarchy engine.
            var direct = _segmentOf[slot] == patient.Segment || _vehicles[slot]!.Snap.Ties.Count > 0 || patient.Ties.Count > 0
                ? Phantoms.Direct(_graph, _vehicles[slot]!.Snap, patient, null, out _) : TravelTime.Unreachable;
            var key = best[slot];
            var viaTicks = (int)(key >> 32);
            if (key == long.MaxValue || (direct.IsReached && direct.Ticks <= viaTicks))
            {
                results[k] = direct.IsReached ? direct : TravelTime.Unreachable;
                continue;
            }
            var at = (uint)key;
            var top = s.SettledOf[at];
            var u = settled[top];
            results[k] = new TravelTime(TravelStatus.Reached, viaTicks, _entries.MetersAt(u, (int)(at - s.ScanStart[top])) + search.Meters(u));
        }
    }

    /// <summary>The buckets hold open-network times, so the engine's closure-aware hierarchy answers from the stored positions.</summary>
    private void WithClosures(RoutingEngine engine, ReadOnlySpan<VehicleHandle> vehicles, ReadOnlySpan<SnapResult> expectedAt, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        var known = new List<SnapResult>(vehicles.Length);
        var at = new List<int>(vehicles.Length);
        _buckets.EnterReadLock();
        try
        {
            for (var k = 0; k < vehicles.Length; k++)
                if (Holds(vehicles[k], expectedAt, k)) { known.Add(_vehicles[vehicles[k].Slot]!.Snap); at.Add(k); }
        }
        finally { _buckets.ExitReadLock(); }
        var partial = new TravelTime[known.Count];
        engine.Current.ManyToOne(known, patient, partial, deadline);
        for (var i = 0; i < partial.Length; i++) results[at[i]] = partial[i];
    }

    /// <summary>Entries depend only on the segment and the position along it.</summary>
    private static bool SamePlace(SnapResult a, SnapResult b) => a.Segment == b.Segment && a.Fraction == b.Fraction;

    /// <summary>Where a vehicle is indexed, and the vertices holding its entries (to remove them when it moves).</summary>
    private sealed record IndexedVehicle(SnapResult Snap, int[] Vertices);
}
