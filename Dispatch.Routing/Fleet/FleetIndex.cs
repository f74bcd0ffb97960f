using System.Collections.Concurrent;
using Dispatch.Routing.Queries;
using Dispatch.Routing.Snapping;

namespace Dispatch.Routing.Fleet;

/// <summary>
/// Road times from many vehicles to one patient by bucket-based many-to-one on the contraction hierarchy
/// (Knopp et al.): each indexed vehicle leaves an entry (vehicle, milliseconds, metres) in a bucket at every vertex
/// its upward search settles; a query runs one upward search backwards from the patient and scans the buckets of the
/// vertices it settles. The vehicles' searches are paid once per position change instead of once per query.
/// </summary>
/// <remarks>
/// Threading: updates are serialised by a monitor and do their upward search outside the bucket lock, then swap the
/// vehicle's entries under the write side of a reader-writer lock; queries search from the patient without any lock
/// and hold the read side only while scanning buckets. So queries run in parallel with each other, an update blocks
/// them only for the few microseconds of the swap, and a query sees each vehicle either wholly before or wholly after
/// a move, never a mix. Per-query scratch is pooled, as in <see cref="HierarchyEngine"/>.
/// The hierarchy ignores road closures: while any is in force, queries are answered by the engine's closure-aware
/// Dijkstra from the stored positions instead, and updates keep the buckets current for when the closures lift.
/// </remarks>
public sealed class FleetIndex
{
    private readonly RoutingEngine _engine;
    private readonly ReaderWriterLockSlim _buckets = new(LockRecursionPolicy.NoRecursion);
    private readonly Lock _updates = new();
    private readonly ConcurrentBag<QueryScratch> _pool = [];
    private readonly Buckets _entries;
    private readonly Dictionary<string, int> _slotOf = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeSlots = new();
    private IndexedVehicle?[] _vehicles = new IndexedVehicle?[16];
    private UpwardSearch? _updateSearch;
    private int _slotCount;

    public FleetIndex(RoutingEngine engine)
    {
        _engine = engine;
        _entries = new Buckets(engine.Graph.VertexCount);
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
    /// <returns>True if the vehicle's entries were (re)built; false if it had not moved on the road network.</returns>
    public bool Update(string vehicleId, SnapResult position)
    {
        ArgumentNullException.ThrowIfNull(vehicleId);
        lock (_updates)
        {
            // Only the update path writes _slotOf and _vehicles, and it holds _updates, so reading them here is safe.
            if (_slotOf.TryGetValue(vehicleId, out var known) && SamePlace(_vehicles[known]!.Snap, position)) return false;

            var search = _updateSearch ??= new UpwardSearch(_engine.Graph.VertexCount);
            Span<Seed> seeds = stackalloc Seed[2];
            var n = Phantoms.Sources(_engine.Graph, position, seeds, null);
            search.Run(_engine.Hierarchy, forward: true, seeds[..n]);
            var settled = search.Settled;
            var vertices = settled.ToArray();
            var millis = new int[vertices.Length];
            var meters = new double[vertices.Length];
            for (var i = 0; i < vertices.Length; i++) { millis[i] = search.Dist(vertices[i]); meters[i] = search.Meters(vertices[i]); }

            _buckets.EnterWriteLock();
            try
            {
                if (_slotOf.TryGetValue(vehicleId, out var slot)) _entries.RemoveAll(slot, _vehicles[slot]!.Vertices);
                else
                {
                    slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : _slotCount++;
                    if (slot == _vehicles.Length) Array.Resize(ref _vehicles, slot * 2);
                    _slotOf[vehicleId] = slot;
                }
                for (var i = 0; i < vertices.Length; i++) _entries.Add(vertices[i], slot, millis[i], meters[i]);
                _vehicles[slot] = new IndexedVehicle(vehicleId, position, vertices);
            }
            finally { _buckets.ExitWriteLock(); }
            return true;
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
        if (results.Length < vehicleIds.Count) throw new ArgumentException("One result per vehicle is needed.", nameof(results));
        if (!_engine.Closures.Current.IsEmpty) { WithClosures(vehicleIds, patient, results, deadline); return; }
        if (deadline.Expired) return;
        var s = _pool.TryTake(out var pooled) ? pooled : new QueryScratch(_engine.Graph.VertexCount);
        try
        {
            Span<Seed> seeds = stackalloc Seed[2];
            var n = Phantoms.Targets(_engine.Graph, patient, seeds, null);
            s.Search.Run(_engine.Hierarchy, forward: false, seeds[..n]);
            if (deadline.Expired) return;
            _buckets.EnterReadLock();
            try { Scan(s, vehicleIds, patient, results, deadline); }
            finally { _buckets.ExitReadLock(); }
        }
        finally { _pool.Add(s); }
    }

    /// <summary>Under the read lock: marks the candidates, scans the settled vertices' buckets, then writes results.</summary>
    private void Scan(QueryScratch s, IReadOnlyList<string> vehicleIds, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        s.Begin(_vehicles.Length);
        var slots = s.Slots(vehicleIds.Count);
        for (var k = 0; k < vehicleIds.Count; k++)
        {
            if (!_slotOf.TryGetValue(vehicleIds[k], out var slot)) { slots[k] = -1; continue; }
            slots[k] = slot;
            s.Want(slot);
        }
        var search = s.Search;
        var settled = search.Settled;
        for (var i = 0; i < settled.Length; i++)
        {
            if ((i & 63) == 63 && deadline.Expired) return;
            var u = settled[i];
            _entries.Scan(u, search.Dist(u), search.Meters(u), s);
        }
        for (var k = 0; k < slots.Length; k++)
        {
            var slot = slots[k];
            if (slot < 0) continue;
            // Both on one segment with the patient ahead: the direct drive wins ties, as in the hierarchy engine.
            var best = Phantoms.Direct(_engine.Graph, _vehicles[slot]!.Snap, patient, null, out _);
            var viaMillis = s.BestMillis[slot];
            if (viaMillis != int.MaxValue && (!best.IsReached || viaMillis < best.Millis))
                best = new TravelTime(TravelStatus.Reached, viaMillis, s.BestMeters[slot]);
            results[k] = best.IsReached ? best : TravelTime.Unreachable;
        }
    }

    /// <summary>The hierarchy does not know about closures, so plain Dijkstra answers from the stored positions.</summary>
    private void WithClosures(IReadOnlyList<string> vehicleIds, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        var known = new List<SnapResult>(vehicleIds.Count);
        var at = new List<int>(vehicleIds.Count);
        _buckets.EnterReadLock();
        try
        {
            for (var k = 0; k < vehicleIds.Count; k++)
                if (_slotOf.TryGetValue(vehicleIds[k], out var slot)) { known.Add(_vehicles[slot]!.Snap); at.Add(k); }
        }
        finally { _buckets.ExitReadLock(); }
        var partial = new TravelTime[known.Count];
        _engine.Plain.ManyToOne(known, patient, partial, deadline);
        for (var i = 0; i < partial.Length; i++) results[at[i]] = partial[i];
    }

    /// <summary>Entries depend only on the segment and the position along it.</summary>
    private static bool SamePlace(SnapResult a, SnapResult b) => a.Segment == b.Segment && a.Fraction == b.Fraction;

    private sealed record IndexedVehicle(string Id, SnapResult Snap, int[] Vertices);
}
