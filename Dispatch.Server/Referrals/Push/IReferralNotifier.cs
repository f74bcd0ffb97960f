using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Push;

/// <summary>Tells the people concerned that a referral changed. Called after the change is stored.</summary>
public interface IReferralNotifier
{
    Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken cancellationToken);
}
