using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Lifecycle;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Referrals.Push;

/// <summary>Pushes referral changes over the dispatch hub to the referral's audience only.</summary>
public sealed class HubReferralNotifier(IHubContext<DispatchHub> hub, ILogger<HubReferralNotifier> log,
    Microsoft.Extensions.Options.IOptions<ReferralOptions>? options = null) : IReferralNotifier
{
    public const string Changed = nameof(IDispatchClient.ReferralChanged);
    public const string Withdrawn = nameof(IDispatchClient.ReferralWithdrawn);
    public const string Escalated = nameof(IDispatchClient.ReferralEscalated);

    public async Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        try
        {
            // Each group gets the summary with the actions its members may take, so consoles draw their buttons from it.
            var timeouts = options?.Value.OfferTimeouts ?? new OfferTimeouts();
            ReferralSummary? summary = null;
            foreach (var (group, viewer) in ReferralAudience.Viewers(after))
            {
                var seen = ReferralSummary.For(after, viewer, timeouts);
                if (group == HubGroups.Dispatchers) summary = seen;
                await hub.Clients.Group(group).SendAsync(Changed, seen, ct);
            }
            summary ??= ReferralSummary.For(after, Actor.Dispatcher("dispatchers"), timeouts);

            if (before is not null && ReferralAudience.Lost(before, after) is { Count: > 0 } lost)
                await hub.Clients.Groups(lost).SendAsync(Withdrawn, new ReferralWithdrawn(after.Id, WithdrawReason(after)), ct);

            if (transitions.Any(t => t.To == ReferralState.Escalated) && after.State == ReferralState.Escalated)
                await hub.Clients.Group(HubGroups.Dispatchers).SendAsync(Escalated, summary, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is stored; a missed push is healed by the console's next list fetch.
            log.LogWarning(e, "Could not push referral {Id} v{Version}", after.Id, after.Version);
        }
    }

    private static string WithdrawReason(Referral r) => r.State switch
    {
        ReferralState.Cancelled => "cancelled",
        ReferralState.Failed => "failed",
        ReferralState.Escalated => "escalated",
        _ => "reassigned",
    };
}
