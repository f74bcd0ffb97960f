using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Push;

namespace Dispatch.Server.Referrals.Fleet;

/// <summary>Pushes a stored referral change, then moves the assigned vehicle's fleet status along with it.</summary>
public sealed class FleetFollowingNotifier(IReferralNotifier inner, ReferralVehicleLink link) : IReferralNotifier
{
    public async Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        await inner.ChangedAsync(before, after, transitions, ct);
        await link.FollowAsync(before, after);
    }
}
