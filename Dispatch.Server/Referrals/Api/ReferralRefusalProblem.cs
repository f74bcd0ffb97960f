using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Api;

/// <summary>
/// How a refused referral command reads (application/problem+json), as the document describes it: the problem details
/// fields, a stable <see cref="Code"/> the console translates ("illegal-transition", "hospital-check-failed",
/// "no-free-bed", "acceptedElsewhere", "concurrent-update"…), and for a hospital's failed check the check itself.
/// The server writes these through <see cref="Commands.RefusalResults"/>; this type only names the shape.
/// </summary>
public sealed record ReferralRefusalProblem
{
    public string? Type { get; init; }
    public required string Title { get; init; }
    public required int Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public required string Code { get; init; }

    /// <summary>For "hospital-check-failed" (a dispatcher's offer) and "no-free-bed" (a hospital's acceptance): why the hospital fails its check now.</summary>
    public HospitalExclusion? Exclusion { get; init; }
}
