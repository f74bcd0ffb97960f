namespace Dispatch.Server.Records.Projection;

/// <summary>
/// The one-line patient description the record is searched by: sex, age and the condition as the clinician wrote it
/// (no name or ID number is ever stored with a referral). Sex is kept as a code so the console can translate it.
/// </summary>
public static class PatientLine
{
    public static string Of(string? sex, int? age, string? condition) =>
        string.Join(" ", new[] { sex, age?.ToString(), condition?.Trim() }.Where(s => !string.IsNullOrEmpty(s)));
}
