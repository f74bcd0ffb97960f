using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Workflow;

/// <summary>Where a registered person is picked up and the least urgent priority their tier allows.</summary>
public sealed record PersonReferralLink(ReferralOrigin Home, Priority LeastUrgent);

/// <summary>Looks up a person of the key-population register for a referral raised from it (the register provides this).</summary>
public interface IReferralPersonLink
{
    /// <returns>Null when the facility's register has no such person.</returns>
    Task<PersonReferralLink?> FindAsync(string personId, string facilityId, CancellationToken ct);
}
