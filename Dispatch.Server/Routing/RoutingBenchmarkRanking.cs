using Dispatch.Routing;

namespace Dispatch.Server.Routing;

/// <summary>Benchmark rows for the ranking calls (filled in once ranking exists).</summary>
internal static class RoutingBenchmarkRanking
{
    public static IEnumerable<(string name, RoutingBenchmark.Stats fast, RoutingBenchmark.Stats? plain)> Rows(
        RoutingEngine engine, List<GeoPoint> patients, List<GeoPoint> hospitals) => [];
}
