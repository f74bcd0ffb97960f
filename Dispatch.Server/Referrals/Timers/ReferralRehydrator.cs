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
        var open = await store.LoadManyAsync(await store.OpenIdsAsync());
        var restored = 0;
        foreach (var referral in open)
        {
            // Building the machine over the stored state proves the state is one the code still knows.
            _ = new ReferralLifecycle(referral, options.Value.OfferTimeouts);
            if (await timers.EnsureAsync(referral)) restored++;
        }
        log.LogInformation("Rehydrated {Open} open referrals; restored {Restored} offer countdowns", open.Count, restored);
        return new RehydrationReport(open.Count, restored);
    }
}

public sealed record RehydrationReport(int OpenReferrals, int TimersRestored);
