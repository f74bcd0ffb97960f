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
    /// <summary>Each slot's road segment, read for every candidate of a query, so kept apart from the rest.</summary>
    private int[] _segmentOf = new int[16];
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
                    if (slot == _vehicles.Length)
                    {
                        Array.Resize(ref _vehicles, slot * 2);
                        Array.Resize(ref _segmentOf, slot * 2);
                    }
                    _slotOf[vehicleId] = slot;
                }
                for (var i = 0; i < vertices.Length; i++) _entries.Add(vertices[i], slot, millis[i], meters[i]);
                _vehicles[slot] = new IndexedVehicle(vehicleId, position, vertices);
                _segmentOf[slot] = position.Segment;
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

    /// <summary>Under the read lock: finds the candidates' slots, scans the settled vertices' buckets, then writes results.</summary>
    private void Scan(QueryScratch s, IReadOnlyList<string> vehicleIds, SnapResult patient, Span<TravelTime> results, Deadline deadline)
    {
        var slots = s.Slots(vehicleIds.Count);
        for (var k = 0; k < vehicleIds.Count; k++) slots[k] = _slotOf.TryGetValue(vehicleIds[k], out var slot) ? slot : -1;
        var search = s.Search;
        var settled = search.Settled;
        s.Begin(_slotCount, settled.Length);
        var best = s.Best;
        var position = 0u;
        for (var i = 0; i < settled.Length; i++)
        {
            if ((i & 63) == 63 && deadline.Expired) return;
            s.ScanStart[i] = position;
            position = _entries.Scan(settled[i], search.Dist(settled[i]), position, best);
        }
        for (var k = 0; k < slots.Length; k++)
        {
            var slot = slots[k];
            if (slot < 0) continue;
            // Both on one segment with the patient ahead: the direct drive wins ties, as in the hierarchy engine.
            var direct = _segmentOf[slot] == patient.Segment ? Phantoms.Direct(_engine.Graph, _vehicles[slot]!.Snap, patient, null, out _) : TravelTime.Unreachable;
            var key = best[slot];
            var viaMillis = (int)(key >> 32);
            if (key == long.MaxValue || (direct.IsReached && direct.Millis <= viaMillis))
            {
                results[k] = direct.IsReached ? direct : TravelTime.Unreachable;
                continue;
            }
            var at = (uint)key;
            var top = s.SettledAt(at, settled.Length);
            var u = settled[top];
            results[k] = new TravelTime(TravelStatus.Reached, viaMillis, _entries.MetersAt(u, (int)(at - s.ScanStart[top])) + search.Meters(u));
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

    internal int BucketSize(int v) => _entries.CountAt(v);
    private sealed record IndexedVehicle(string Id, SnapResult Snap, int[] Vertices);
}
