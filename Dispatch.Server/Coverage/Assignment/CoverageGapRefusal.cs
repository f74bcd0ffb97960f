using Dispatch.Server.Commands;

namespace Dispatch.Server.Coverage.Assignment;

/// <summary>
/// The 409 that asks for the extra confirmation: problem type and code <c>coverageGap</c>, with the township, its share
/// covered and its mean response time once the vehicle has gone. Resend with <c>confirmCoverageGap</c> = the zone id.
/// </summary>
public sealed class CoverageGapRefusal(string vehicleId, CoverageGap gap) : Refusal(RefusalKind.Conflict, GapCode,
    $"{vehicleId} is the last available ambulance of {gap.NameEn ?? gap.Name}; sending it away leaves {Math.Round(gap.ShareAfter * 100)}% covered, about {gap.MinutesAfter} min on average. Confirm with confirmCoverageGap = {gap.ZoneId}.")
{
    public const string GapCode = "coverageGap";

    public CoverageGap Gap { get; } = gap;

    public override string? Title => "Confirm the coverage gap";

    public override string? Type => GapCode;

    public override IEnumerable<KeyValuePair<string, object?>> Details => [new("gap", Gap)];
}
