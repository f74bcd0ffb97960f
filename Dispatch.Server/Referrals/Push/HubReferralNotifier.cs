using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Lifecycle;
using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Referrals.Push;

/// <summary>Pushes referral changes over the dispatch hub to the referral's audience only.</summary>
public sealed class HubReferralNotifier(IHubContext<DispatchHub> hub, ILogger<HubReferralNotifier> log,
    Microsoft.Extensions.Options.IOptions<ReferralOptions>? options = null, Facilities.HospitalBoard? board = null) : IReferralNotifier
{
    public const string Changed = "ReferralChanged";
    public const string Withdrawn = "ReferralWithdrawn";
    public const string Escalated = "ReferralEscalated";
    public const string Alert = "ReferralAlert";

    public async Task ChangedAsync(Referral? before, Referral after, IReadOnlyList<TransitionRecord> transitions, CancellationToken ct)
    {
        try
        {
            // Each group gets the summary with the actions its members may take, so consoles draw their buttons from it.
            var timeouts = options?.Value.OfferTimeouts ?? new OfferTimeouts();
            ReferralSummary? summary = null;
            // The messages go out together, none waiting behind another: a priority-1 alert and the withdrawal from
            // the hospitals that lost a parallel round each have a second at most.
            var sends = new List<Task>();
            foreach (var (group, viewer) in ReferralAudience.Viewers(after))
            {
                var seen = ReferralSummary.For(after, viewer, timeouts);
                if (group == HubGroups.Dispatchers) summary = seen;
                sends.Add(hub.Clients.Group(group).SendAsync(Changed, seen, ct));
            }
            summary ??= ReferralSummary.For(after, Actor.Dispatcher("dispatchers"), timeouts);
            if (before is not null && ReferralAudience.Lost(before, after) is { Count: > 0 } lost)
                sends.Add(hub.Clients.Groups(lost).SendAsync(Withdrawn, new ReferralWithdrawn(after.Id, WithdrawReason(before, after)), ct));
            if (transitions.Any(t => t.To == ReferralState.Escalated) && after.State == ReferralState.Escalated)
                sends.Add(hub.Clients.Group(HubGroups.Dispatchers).SendAsync(Escalated, summary, ct));
            else if (ReferralAlert.For(after, summary, transitions) is { } alert)
                sends.Add(hub.Clients.Group(HubGroups.Dispatchers).SendAsync(Alert, alert, ct));
            await Task.WhenAll(sends);

            // A bed taken or given back shows on the hospital's board and the dispatchers' map at once.
            if (board is not null && Persistence.ReferralStore.BedHeld(after) != (before is null ? "" : Persistence.ReferralStore.BedHeld(before))
                && (after.ReservedBed ?? before?.ReservedBed) is { } bed)
                await board.PublishAsync(bed.HospitalId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change is stored; a missed push is healed by the console's next list fetch.
            log.LogWarning(e, "Could not push referral {Id} v{Version}", after.Id, after.Version);
        }
    }

    private static string WithdrawReason(Referral before, Referral r) => r.State switch
    {
        // The other hospitals of a parallel round: their consoles say "taken by another hospital".
        _ when before.State == ReferralState.Offered && r.AcceptedHospitalId is not null => "acceptedElsewhere",
        ReferralState.Cancelled => "cancelled",
        ReferralState.Failed => "failed",
        ReferralState.Escalated => "escalated",
        _ => "reassigned",
    };
}
