using Dispatch.Routing;

namespace Dispatch.Tests.Routing;

/// <summary>The larger extract lives in shared/ beside the clone, as in CI.</summary>
[TestFixture]
public class HeidelbergHierarchyEqualsDijkstraTests : HierarchyEqualsDijkstraOnRegionTests
{
    protected override string Pbf => RoutingTestData.HeidelbergPbf;
    protected override RoutingEngine OpenEngine() =>
        RoutingEngine.Open(RoutingTestData.HeidelbergPbf, RoutingTestData.CarProfile, new RoutingEngineOptions { CacheDirectory = null });
}
