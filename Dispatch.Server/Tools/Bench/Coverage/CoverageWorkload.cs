using Dispatch.Routing;
using Dispatch.Server.Coverage.Grid;
using Dispatch.Server.Coverage.Maths;
using Dispatch.Server.Coverage.Zones;

namespace Dispatch.Server.Tools.Bench.Coverage;

/// <summary>
/// A benchmark's region: the grid over the whole network, eight zones (half townships with 12 minutes, half urban with
/// 8), uneven demand, a fleet and standby posts at random places on roads; the same seed gives the same workload.
/// </summary>
internal sealed class CoverageWorkload
{
    public RoutingEngine Engine { get; }
    public CoverageGrid Grid { get; }
    public List<GeoPoint> Vehicles { get; }
    public List<GeoPoint> Posts { get; }
    public Random Random { get; }

    public CoverageWorkload(RoutingEngine engine, int vehicles, int posts, double cellMeters, int seed)
    {
        Engine = engine;
        Random = new Random(seed);
        var g = engine.Graph;
        var all = Enumerable.Range(0, g.VertexCount).Select(g.Vertex).ToList();
        double west = all.Min(p => p.Lon), east = all.Max(p => p.Lon), south = all.Min(p => p.Lat), north = all.Max(p => p.Lat);
        var zones = new ZonePlan(Enumerable.Range(0, 8).Select(i =>
        {
            var centre = Place();
            return new CoverageZone($"zone-{i}", $"zone {i}", null, i % 2 == 1, centre, i % 2 == 1 ? 12 * 60_000 : 8 * 60_000, i % 2 == 1 ? 20 * 60_000 : 12 * 60_000);
        }).ToList());
        var people = Enumerable.Range(0, 20_000).Select(_ => (Place(), 1 + Random.NextDouble() * 3)).ToList();
        Grid = CoverageGrid.Build(engine, cellMeters, (west, south, east, north), zones, people);
        Vehicles = Enumerable.Range(0, vehicles).Select(_ => Place()).ToList();
        Posts = Enumerable.Range(0, posts).Select(_ => Place()).ToList();
    }

    /// <summary>A point beside a random junction, so it lands part-way along a road.</summary>
    public GeoPoint Place()
    {
        var v = Engine.Graph.Vertex(Random.Next(Engine.Graph.VertexCount));
        return new GeoPoint(v.Lon + (Random.NextDouble() - 0.5) * 0.001, v.Lat + (Random.NextDouble() - 0.5) * 0.001);
    }

    /// <summary>Each vehicle moved a little, as between two recomputes of a live fleet.</summary>
    public List<GeoPoint> Drifted() => Vehicles.Select(p => new GeoPoint(p.Lon + (Random.NextDouble() - 0.5) * 0.002, p.Lat + (Random.NextDouble() - 0.5) * 0.002)).ToList();

    /// <summary>The baseline: one plain Dijkstra from each vehicle to every cell, keeping the best two per cell.</summary>
    public CellTimes OneDijkstraPerVehicle(IReadOnlyList<GeoPoint> vehicles)
    {
        var times = new CellTimes(Grid.Count);
        var row = new TravelTime[Grid.Count];
        for (var s = 0; s < vehicles.Count; s++)
        {
            if (Engine.TrySnap(vehicles[s]) is not { } from) continue;
            Engine.Plain.OneToMany(from, Grid.Snaps, row);
            for (var c = 0; c < Grid.Count; c++)
                if (row[c].IsReached) times.Offer(c, (int)row[c].Millis, s);
        }
        return times;
    }
}
