using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Timers;

/// <summary>
/// Fires due offer countdowns: claims each with ZREM (one winner across all server instances), then times the
/// offer out through the workflow, whose version and offer-number checks refuse a timer that is already stale.
/// </summary>
public sealed class OfferTimerPoller(
    OfferTimerQueue timers,
    ReferralWorkflow workflow,
    IOptions<ReferralOptions> options,
    TimeProvider clock,
    ILogger<OfferTimerPoller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Offer timer poll failed; retrying");
            }
            try
            {
                await Task.Delay(options.Value.TimerPollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <returns>How many timers this call claimed and fired.</returns>
    public async Task<int> FireDueAsync(CancellationToken ct)
    {
        var fired = 0;
        foreach (var member in await timers.DueAsync(clock.GetUtcNow(), 100))
        {
            if (!Persistence.ReferralKeys.TryParseTimerMember(member, out var id, out var offerNumber))
            {
                await timers.ClaimAsync(member);
                continue;
            }
            if (!await timers.ClaimAsync(member)) continue; // another poller has it
            fired++;
            try
            {
                var referral = await workflow.TimeOutOfferAsync(id, offerNumber, ct);
                log.LogInformation("Offer {Offer} of referral {Id} timed out; now {State}", offerNumber, id, referral.State);
            }
            catch (ReferralException e)
            {
                log.LogDebug("Timer {Member} no longer applies: {Message}", member, e.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage failed after the claim: restore the countdown so the offer still times out.
                log.LogWarning(e, "Timer {Member} could not be applied; re-queued", member);
                if (await workflow.GetAsync(id, Actor.System) is { } stillOpen) await timers.EnsureAsync(stillOpen);
            }
        }
        return fired;
    }
}
