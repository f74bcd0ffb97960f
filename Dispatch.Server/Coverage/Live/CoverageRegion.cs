using Dispatch.Routing;
using Dispatch.Server.Coverage.Demand;
using Dispatch.Server.Coverage.Grid;
using Dispatch.Server.Coverage.Posts;
using Dispatch.Server.Coverage.Zones;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Dispatch.Server.Routing;

namespace Dispatch.Server.Coverage.Live;

/// <summary>The fixed part of the picture, built once: the ambulance road network, the grid with its demand, zones and posts.</summary>
public sealed class CoverageRegion(RoutingEngine engine, CoverageGrid grid, StandbyPosts posts, CoverageOptions options)
{
    public RoutingEngine Engine { get; } = engine;
    public CoverageGrid Grid { get; } = grid;
    public ZonePlan Zones => Grid.Zones;
    public StandbyPosts Posts { get; } = posts;
    public CoverageOptions Options { get; } = options;

    public static CoverageRegion Build(Region region, RoadNetwork network, FacilityRegistry facilities, VehicleRegistry vehicles, CoverageOptions options)
    {
        var d = region.Definition;
        var zones = ZonePlan.From(facilities.Grassroots, options, new Dispatch.Routing.GeoPoint(d.Center.Lon, d.Center.Lat), d.Name);
        // Demand of the demo region: OSM buildings (homes weigh more) and residential land use of the region's own extract.
        var population = OsmPopulation.Read(region.OsmPath);
        var engine = network.For(RoadNetwork.Ambulance);
        var grid = CoverageGrid.Build(engine, options.CellMeters, (d.Bounds.West, d.Bounds.South, d.Bounds.East, d.Bounds.North), zones, population);
        return new CoverageRegion(engine, grid, StandbyPosts.From(vehicles, facilities, options), options);
    }
}
