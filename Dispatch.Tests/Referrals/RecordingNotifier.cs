using System.Collections.Concurrent;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Push;

namespace Dispatch.Tests.Referrals;

/// <summary>Keeps every change the workflow announces, with the audience it would reach.</summary>
internal sealed class RecordingNotifier : IReferralNotifier
{
    public ConcurrentQueue<(ReferralSummary Summary, IReadOnlyList<string> Groups, IReadOnlyList<string> Lost)> Changes { get; } = new();

    public Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken cancellationToken)
    {
        Changes.Enqueue((ReferralSummary.Of(after), ReferralAudience.Groups(after), before is null ? [] : ReferralAudience.Lost(before, after)));
        return Task.CompletedTask;
    }
}
