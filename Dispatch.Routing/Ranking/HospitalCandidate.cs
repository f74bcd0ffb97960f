namespace Dispatch.Routing.Ranking;

/// <summary>A receiving hospital as the ranking sees it; the server maps its own facility model onto this.</summary>
public sealed record HospitalCandidate
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public double Lon { get; init; }
    public double Lat { get; init; }
    /// <summary>Chinese hospital grade: 1 = 一级, 2 = 二级, 3 = 三级.</summary>
    public int Level { get; init; }
    /// <summary>Capability codes such as ICU, PCI, STROKE, DIALYSIS, OBSTETRICS, NICU, PAEDIATRICS, FEVER, NEGATIVE_PRESSURE.</summary>
    public IReadOnlySet<string> Capabilities { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Free beds per capability; a capability missing here is not bed-limited.</summary>
    public IReadOnlyDictionary<string, int> BedsAvailable { get; init; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    public bool OnDiversion { get; init; }

    public GeoPoint Location => new(Lon, Lat);
}
