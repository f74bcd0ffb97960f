namespace Dispatch.Routing.Ranking;

public enum VehicleKind
{
    /// <summary>Emergency centre ambulance (急救中心救护车).</summary>
    Ambulance,
    /// <summary>Ambulance kept by a township health centre under unified dispatch (乡镇卫生院救护车).</summary>
    TownshipAmbulance,
    /// <summary>Non-emergency transport vehicle (非急救转运车).</summary>
    NonEmergency,
}

/// <summary>A vehicle as the ranking sees it; the server maps its fleet model onto this.</summary>
public sealed record VehicleCandidate
{
    public required string Id { get; init; }
    public double Lon { get; init; }
    public double Lat { get; init; }
    public VehicleKind Kind { get; init; }
    /// <summary>Equipment codes such as NEGATIVE_PRESSURE, OXYGEN, VENTILATOR, MONITOR, WHEELCHAIR.</summary>
    public IReadOnlySet<string> Equipment { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    public bool Available { get; init; }
    public DateTimeOffset LastSeen { get; init; }

    public GeoPoint Location => new(Lon, Lat);
}
