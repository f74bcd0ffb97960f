namespace Dispatch.Routing.Ranking;

/// <summary>A candidate left out, with the reason code, a detail (e.g. the missing capability) and texts in both languages.</summary>
public sealed record Exclusion(string CandidateId, ExclusionReason Reason, string? Detail = null)
{
    public string Code => Reason.ToString();
    public string MessageEn => ExclusionTexts.English(Reason, Detail);
    public string MessageZhCn => ExclusionTexts.Chinese(Reason, Detail);
}
