namespace Dispatch.Server.Coverage;

/// <summary>A standby point named in configuration (besides stations and township health centres).</summary>
public sealed record PostSetting(string Id, string Name, string? NameEn, double Lon, double Lat);

/// <summary>Targets of one zone, overriding the urban or rural defaults.</summary>
public sealed record ZoneSetting(double? TargetMinutes, double? OuterBandMinutes);

/// <summary>
/// The <c>Coverage</c> section: grid cell size, the national and city response targets (urban 8, rural 12 minutes) and
/// the outer band of each, how often the picture may be recomputed, and when move-ups are suggested.
/// </summary>
public sealed record CoverageOptions
{
    public double CellMeters { get; init; } = 500;
    public double UrbanTargetMinutes { get; init; } = 8;
    public double UrbanOuterBandMinutes { get; init; } = 12;
    public double RuralTargetMinutes { get; init; } = 12;
    public double RuralOuterBandMinutes { get; init; } = 20;
    /// <summary>At most one recompute this often; a changed fleet or closure waits for the next turn.</summary>
    public double RecomputeSeconds { get; init; } = 3;
    /// <summary>Move-ups are suggested while the share of demand covered within target is below this.</summary>
    public double MoveUpBelowShare { get; init; } = 0.9;
    /// <summary>A zone whose covered share falls below this is "below target" (named by suggestions that cause it).</summary>
    public double ZoneTargetShare { get; init; } = 0.9;
    public int MaxSuggestions { get; init; } = 3;
    public IReadOnlyList<PostSetting> Posts { get; init; } = [];
    public IReadOnlyDictionary<string, ZoneSetting> Zones { get; init; } = new Dictionary<string, ZoneSetting>();

    public static CoverageOptions From(IConfiguration config)
    {
        var section = config.GetSection("Coverage");
        var options = section.Get<CoverageOptions>() ?? new CoverageOptions();
        if (!(options.CellMeters is >= 50 and <= 5000)) throw new InvalidOperationException("Coverage:CellMeters must be between 50 and 5000.");
        if (!(options.RecomputeSeconds is > 0 and <= 300)) throw new InvalidOperationException("Coverage:RecomputeSeconds must be above 0 and at most 300.");
        return options;
    }
}
