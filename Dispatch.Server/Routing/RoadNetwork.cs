using Dispatch.Routing;
using Dispatch.Routing.Profiles;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Routing;

/// <summary>
/// The region's road network, prepared once per vehicle profile (ambulance, non-emergency) and shared by all requests.
/// The prepared graphs are cached on disk so a restart does not rebuild them.
/// </summary>
public sealed class RoadNetwork
{
    public const string Ambulance = "ambulance";
    public const string NonEmergency = "nonEmergency";

    private readonly Dictionary<string, RoutingEngine> _engines;

    public RoadNetwork(Region region, IConfiguration config, ILogger<RoadNetwork> log)
    {
        var options = new RoutingEngineOptions
        {
            MaxSnapMeters = config.GetValue("Routing:MaxSnapMeters", 1000.0),
            CacheDirectory = config["Routing:CacheDirectory"] is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "dispatch-routing-cache"),
        };
        var started = System.Diagnostics.Stopwatch.StartNew();
        _engines = new()
        {
            [Ambulance] = RoutingEngine.Open(region.OsmPath, DefaultProfiles.Ambulance, options),
            [NonEmergency] = RoutingEngine.Open(region.OsmPath, DefaultProfiles.NonEmergency, options),
        };
        log.LogInformation("Road network of {Region} ready in {Ms} ms ({Nodes} junctions, cached: {Cached})", region.Definition.Id,
            started.ElapsedMilliseconds, _engines[Ambulance].Graph.VertexCount, _engines[Ambulance].LoadedFromCache);
    }

    public IEnumerable<RoutingEngine> All => _engines.Values;

    public RoutingEngine For(string profile) => TryFor(profile)
        ?? throw new ArgumentException($"Unknown profile '{profile}': use {Ambulance} or {NonEmergency}.", nameof(profile));

    public RoutingEngine? TryFor(string? profile) => profile switch
    {
        null or "" or Ambulance => _engines[Ambulance],
        NonEmergency or "non-emergency" => _engines[NonEmergency],
        _ => null,
    };

    public RoutingEngine ForVehicleKind(string kind) => kind == Fleet.VehicleKinds.NonEmergency ? _engines[NonEmergency] : _engines[Ambulance];
}
