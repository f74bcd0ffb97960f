using Dispatch.Server.Commands;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>A refused referral command. Nothing was changed when this is thrown.</summary>
/// <param name="code">stable machine-readable reason, e.g. "illegal-transition", "not-offered-hospital".</param>
public sealed class ReferralException(RefusalKind kind, string code, string message) : Refusal(kind, code, message)
{
    /// <summary>For "hospital-check-failed": why the chosen hospital cannot take the patient now, for the warning to name it.</summary>
    public HospitalExclusion? Exclusion { get; init; }

    public override IEnumerable<KeyValuePair<string, object?>> Details =>
        Exclusion is null ? [] : [new("exclusion", Exclusion)];
}
