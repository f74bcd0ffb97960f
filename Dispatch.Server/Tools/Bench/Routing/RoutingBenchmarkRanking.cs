using Dispatch.Server.Routing;
using System.Diagnostics;
using Dispatch.Routing;
using Dispatch.Routing.Ranking;

namespace Dispatch.Server.Tools.Bench.Routing;

/// <summary>Benchmark rows for the ranking calls the dispatcher console makes, through the full public API.</summary>
internal static class RoutingBenchmarkRanking
{
    private static readonly string[] Capabilities = ["ICU", "PCI", "STROKE", "DIALYSIS", "OBSTETRICS"];

    public static IEnumerable<(string name, RoutingBenchmark.Stats fast, RoutingBenchmark.Stats? plain)> Rows(
        RoutingEngine engine, List<GeoPoint> patients, List<GeoPoint> hospitalPoints, List<GeoPoint> vehiclePoints, TextWriter output)
    {
        var rng = new Random(5);
        var hospitals = hospitalPoints.Select((p, i) => new HospitalCandidate
        {
            Id = $"H{i}", Name = $"Hospital {i}", Lon = p.Lon, Lat = p.Lat, Level = 1 + i % 3,
            Capabilities = Capabilities.Where(_ => rng.NextDouble() < 0.7).Append("ICU").ToHashSet(StringComparer.OrdinalIgnoreCase),
            BedsAvailable = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["ICU"] = i % 7 == 0 ? 0 : 3 },
            OnDiversion = i % 11 == 0,
        }).ToList();
        var now = DateTimeOffset.UtcNow;
        var vehicles = vehiclePoints.Select((p, i) => new VehicleCandidate
        {
            Id = $"V{i}", Lon = p.Lon, Lat = p.Lat, Kind = (VehicleKind)(i % 3),
            Equipment = new HashSet<string>(i % 2 == 0 ? ["OXYGEN", "MONITOR"] : ["OXYGEN"], StringComparer.OrdinalIgnoreCase),
            Available = i % 10 != 0, LastSeen = now.AddSeconds(-(i % 13) * 10),
        }).ToList();

        var hospitalRanker = new HospitalRanker(engine);
        var vehicleRanker = new VehicleRanker(engine);
        var budget = TimeSpan.FromMilliseconds(50);
        var approximate = 0;

        var hospitalTimes = Time(patients, p =>
        {
            var r = hospitalRanker.Rank(new HospitalRequest { Patient = p, RequiredCapabilities = ["ICU"] }, hospitals, budget);
            if (r.Approximate) approximate++;
        });
        var vehicleTimes = Time(patients, p =>
        {
            var r = vehicleRanker.Rank(new VehicleRequest { Patient = p, Now = now, Kinds = [VehicleKind.Ambulance, VehicleKind.TownshipAmbulance] }, vehicles, budget);
            if (r.Approximate) approximate++;
        });
        output.WriteLine($"ranking calls answered approximately (50 ms budget): {approximate}");
        return
        [
            ($"rank hospitals ({hospitals.Count}, ICU)", hospitalTimes, null),
            ($"rank vehicles ({vehicles.Count})", vehicleTimes, null),
        ];
    }

    private static RoutingBenchmark.Stats Time(List<GeoPoint> patients, Action<GeoPoint> call)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; warm.ElapsedMilliseconds < 600; i++) call(patients[i % patients.Count]);
        var samples = new List<double>();
        foreach (var p in patients)
        {
            var t0 = Stopwatch.GetTimestamp();
            call(p);
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        return RoutingBenchmark.Stats.Of(samples);
    }
}
