using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Timers;

/// <summary>
/// On start, rebuilds the lifecycle of every open referral from Redis and restores any missing offer
/// countdown, so a restart neither forgets a referral nor stops its clock.
/// </summary>
public sealed class ReferralRehydrator(
    ReferralStore store,
    OfferTimerQueue timers,
    IOptions<ReferralOptions> options,
    ILogger<ReferralRehydrator> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await RehydrateAsync();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RehydrationReport> RehydrateAsync()
    {
        store.Unreadable ??= (id, e) => log.LogError(e, "Referral {Id} cannot be read; it is left for an operator and skipped", id);
        var open = await store.LoadManyAsync(await store.OpenIdsAsync());
        var restored = 0;
        foreach (var referral in open)
        {
            try
            {
                // Building the machine over the stored state proves the state is one the code still knows.
                _ = new ReferralLifecycle(referral, options.Value.OfferTimeouts);
                if (await timers.EnsureAsync(referral)) restored++;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                log.LogError(e, "Referral {Id} could not be rehydrated; skipped", referral.Id);
            }
        }
        log.LogInformation("Rehydrated {Open} open referrals; restored {Restored} offer countdowns", open.Count, restored);
        return new RehydrationReport(open.Count, restored);
    }
}

public sealed record RehydrationReport(int OpenReferrals, int TimersRestored);
