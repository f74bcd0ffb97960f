using CsCheck;
using Dispatch.Routing;
using Dispatch.Routing.Import;
using Dispatch.Routing.Profiles;
using OsmSharp;
using OsmSharp.Tags;

namespace Dispatch.Tests.Routing.Reference;

/// <summary>
/// On generated small OSM-like networks (one-way and two-way ways, ways that loop back onto themselves, closed
/// rings, separate nodes on the same spot, roads closed to cars, classes the profile does not drive), the engine's
/// travel time between any two node positions equals the independent reference's to within 10 ms.
/// </summary>
[TestFixture]
public class ReferenceAgreesOnGeneratedNetworksTests
{
    private const int Side = 6;
    private const int Duplicates = 6;
    private static readonly string[] Classes = ["primary", "secondary", "residential", "service", "motorway", "primary_link", "tertiary_link", "footway"];
    private static readonly string?[] Oneways = [null, null, null, "yes", "-1", "no", "reverse", "1"];

    private sealed record GenWay(int[] Nodes, int Class, int Oneway, bool Ring, int Access, bool Roundabout);

    private static readonly Gen<GenWay> Ways =
        Gen.Select(Gen.Int[0, Side * Side + Duplicates - 1].Array[2, 8], Gen.Int[0, Classes.Length - 1], Gen.Int[0, Oneways.Length - 1],
            Gen.Int[0, 5], Gen.Int[0, 11], Gen.Int[0, 7])
        .Select((nodes, cls, oneway, ring, access, roundabout) => new GenWay(nodes, cls, oneway, ring == 0, access, roundabout == 0));

    private static readonly Gen<(int jitterSeed, GenWay[] ways)> Networks = Gen.Select(Gen.Int, Ways.Array[3, 16]);

    [Test]
    public void Engine_and_reference_agree_on_every_pair_of_node_positions_of_generated_networks()
    {
        var profile = DefaultProfiles.Ambulance;
        var compared = 0;
        var worst = 0d;
        Networks.Sample(network =>
        {
            var items = Osm(network.jitterSeed, network.ways);
            var graph = OsmRoadImporter.Import(items, profile);
            if (graph.EdgeCount == 0) return true;
            var engine = RoutingEngine.FromGraph(graph, profile, new RoutingEngineOptions { CacheDirectory = null, MaxSnapMeters = 5000 });
            var reference = ReferenceNetwork.From(items, profile);
            var core = reference.KeepLargestStronglyConnected().Select(reference.Point).Distinct().ToList();
            // Both keep their largest strongly connected part, but count its size differently (nodes against
            // junctions), so where two parts come close in size they may keep different ones: nothing to compare then.
            var coreSet = core.ToHashSet();
            if (!Enumerable.Range(0, engine.Graph.VertexCount).All(v => coreSet.Contains(engine.Graph.Vertex(v)))) return true;
            var places = core.Where(p => engine.TrySnap(p) is { DistanceMeters: < 0.001 }).ToList();
            foreach (var from in places)
            {
                var search = reference.SecondsFrom(from);
                foreach (var to in places)
                {
                    var expected = reference.Seconds(from, to, search);
                    var got = engine.TravelTime(from, to);
                    var plain = engine.Plain.Between(engine.Snap(from), engine.Snap(to));
                    Interlocked.Increment(ref compared);
                    if (!got.IsReached || Math.Abs(got.Seconds - expected) >= 0.01 || plain.Ticks != got.Ticks)
                        throw new Exception($"{from} -> {to}: engine {got.Seconds:F4} s, plain {plain.Seconds:F4} s, reference {expected:F4} s");
                    worst = Math.Max(worst, Math.Abs(got.Seconds - expected));
                }
            }
            return true;
        }, iter: 300, threads: 1, print: n => Describe(n));
        TestContext.Out.WriteLine($"{compared} pairs on generated networks, worst difference {worst * 1000:F2} ms");
        Assert.That(compared, Is.GreaterThan(2000), "enough pairs were compared to mean something");
    }

    private static string Describe((int jitterSeed, GenWay[] ways) n) =>
        $"jitter {n.jitterSeed}: " + string.Join("; ", n.ways.Select(w =>
            $"[{string.Join(",", w.Nodes)}{(w.Ring ? " ring" : "")}] {Classes[w.Class]} oneway={Oneways[w.Oneway] ?? "-"}{(w.Access == 0 ? " access=no" : "")}{(w.Roundabout ? " roundabout" : "")}"));

    /// <summary>Lattice nodes about 100 m apart, jittered so no three are in line; the last few repeat earlier positions.</summary>
    private static List<OsmGeo> Osm(int jitterSeed, IReadOnlyList<GenWay> ways)
    {
        var rng = new Random(jitterSeed);
        var items = new List<OsmGeo>();
        var positions = new List<(double lon, double lat)>();
        for (var i = 0; i < Side * Side; i++)
            positions.Add((104.0 + (i % Side) * 0.001 + rng.NextDouble() * 0.0004, 30.0 + (i / Side) * 0.0009 + rng.NextDouble() * 0.0004));
        for (var i = 0; i < Duplicates; i++) positions.Add(positions[i * 5 % (Side * Side)]);
        for (var i = 0; i < positions.Count; i++)
            items.Add(new Node { Id = i + 1, Longitude = positions[i].lon, Latitude = positions[i].lat });
        var wayId = 1000L;
        foreach (var w in ways)
        {
            var nodes = w.Nodes.Select(n => (long)n + 1).ToList();
            if (w.Ring) nodes.Add(nodes[0]);
            var tags = new TagsCollection(new Tag("highway", Classes[w.Class]));
            if (Oneways[w.Oneway] is { } o) tags.Add("oneway", o);
            if (w.Access == 0) tags.Add("access", "no");
            if (w.Access == 1) { tags.Add("access", "no"); tags.Add("motor_vehicle", "yes"); }
            if (w.Roundabout) tags.Add("junction", "roundabout");
            items.Add(new Way { Id = wayId++, Nodes = [.. nodes], Tags = tags });
        }
        return items;
    }
}
