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
    Persistence.ReferralStore store,
    IOptions<ReferralOptions> options,
    TimeProvider clock,
    ILogger<OfferTimerPoller> log) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(30);

    // A countdown another instance is about to claim, or one that cannot be applied, must not turn the wait into a spin.
    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await FireDueAsync(stoppingToken);
                if (clock.GetUtcNow() - lastSweep > SweepInterval)
                {
                    lastSweep = clock.GetUtcNow();
                    await SweepAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Offer timer poll failed; retrying");
            }
            try
            {
                // Wake at the next countdown's end if it comes before the next poll, so an offer times out on time.
                var wait = options.Value.TimerPollInterval;
                try
                {
                    if (await timers.NextDueAsync() is { } due && due - clock.GetUtcNow() < wait)
                        wait = TimeSpan.FromTicks(Math.Max((due - clock.GetUtcNow()).Ticks, MinimumWait.Ticks));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogDebug(e, "Could not read the next countdown; polling at the usual interval");
                }
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Puts back the countdown of any open offer that has none: an instance that claimed a timer and died before
    /// applying it would otherwise leave that offer waiting forever. A timer put back for an offer already
    /// answered is refused as stale when it fires, so this never fires an offer twice.
    /// </summary>
    /// <returns>How many countdowns were put back.</returns>
    public async Task<int> SweepAsync()
    {
        var restored = 0;
        foreach (var referral in await store.LoadManyAsync(await store.OpenIdsAsync()))
            if (await timers.EnsureAsync(referral)) restored++;
        if (restored > 0) log.LogWarning("Put back {Count} lost offer countdowns", restored);
        return restored;
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
