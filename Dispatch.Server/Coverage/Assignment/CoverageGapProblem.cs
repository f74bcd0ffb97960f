namespace Dispatch.Server.Coverage.Assignment;

/// <summary>
/// The 409 answer that asks for the extra confirmation: problem type <c>coverageGap</c> naming the township, its share
/// covered and its mean response time once the vehicle has gone. Resend with <c>confirmCoverageGap</c> = the zone id.
/// </summary>
public static class CoverageGapProblem
{
    public const string Code = "coverageGap";

    public static IResult For(string vehicleId, CoverageGap gap) => Results.Problem(
        title: "Confirm the coverage gap",
        detail: $"{vehicleId} is the last available ambulance of {gap.NameEn ?? gap.Name}; sending it away leaves {Math.Round(gap.ShareAfter * 100)}% covered, about {gap.MinutesAfter} min on average. Confirm with confirmCoverageGap = {gap.ZoneId}.",
        statusCode: StatusCodes.Status409Conflict,
        type: Code,
        extensions: new Dictionary<string, object?> { ["code"] = Code, ["gap"] = gap });
}
