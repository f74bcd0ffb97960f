namespace Dispatch.Server.Facilities;

/// <summary>An upper-level hospital that can receive referred patients. Capabilities, level and beds come from the region's facilities file (they are not in OSM).</summary>
public sealed record Hospital
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required string Level { get; init; }
    public IReadOnlyList<string> Capabilities { get; init; } = [];
    /// <summary>Free beds per capability as the hospital last reported them.</summary>
    public IReadOnlyDictionary<string, int> Beds { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Beds per capability taken since that report: held for accepted patients on their way, or occupied by patients
    /// handed over. What can still be offered is <see cref="Beds"/> minus these.
    /// </summary>
    public IReadOnlyDictionary<string, int> BedsHeld { get; init; } = new Dictionary<string, int>();

    public bool OnDiversion { get; init; }

    /// <summary>Free beds of a capability after what is held; null when the hospital does not count that capability's beds.</summary>
    public int? FreeBeds(string capability) =>
        Beds.TryGetValue(capability, out var reported) ? Math.Max(0, reported - BedsHeld.GetValueOrDefault(capability)) : null;
}

/// <summary>A township or community health centre or village clinic, where doctors identify patients and request transfers.</summary>
public sealed record GrassrootsFacility
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? NameEn { get; init; }
    public required double Lon { get; init; }
    public required double Lat { get; init; }
    public required string Kind { get; init; }
}
