using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Workflow;

/// <summary>
/// A consequence of a referral change that lives outside Redis (another capability's database). It is never written
/// after the change in the hope that nothing fails in between: the follower stages a durable outbox entry in the
/// change's own atomic write, and delivers it from there until the other store has it.
/// </summary>
public interface IReferralFollower
{
    void Stage(AtomicCommit commit, Referral after, IReadOnlyList<TransitionRecord> transitions);
}
