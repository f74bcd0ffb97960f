using Dispatch.Routing;

namespace Dispatch.Tests.Routing;

[TestFixture]
public class ChengduHierarchyEqualsDijkstraTests : HierarchyEqualsDijkstraOnRegionTests
{
    protected override string Pbf => RoutingTestData.ChengduPbf;
    protected override RoutingEngine OpenEngine() => RoutingTestData.Chengdu;
}
