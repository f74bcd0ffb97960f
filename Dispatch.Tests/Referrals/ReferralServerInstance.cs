using Dispatch.Server.Referrals;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Push;
using Dispatch.Tests.Referrals.Doubles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Referrals.Timers;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Dispatch.Tests.Referrals;

/// <summary>
/// The referral services as one server process would hold them, over a given Redis. Two instances on
/// the same Redis behave like two servers, or like one server before and after a restart.
/// </summary>
internal sealed class ReferralServerInstance
{
    public static InMemoryReferralFacilities Facilities => ReferralWiring.Facilities;

    public ReferralServerInstance(IConnectionMultiplexer redis, TimeSpan? offerTimeout = null, TimeSpan? totalBudget = null)
    {
        var timeout = offerTimeout ?? TimeSpan.FromMinutes(5);
        var total = totalBudget ?? TimeSpan.FromMinutes(120);
        var services = new ServiceCollection();
        services.AddSingleton<IReferralNotifier>(Notifier);
        services.AddReferralsOverRealFleet(redis, new ConfigurationBuilder().Build());
        services.Configure<ReferralOptions>(o =>
        {
            o.OfferTimeouts = new OfferTimeouts { Immediate = timeout, VeryUrgent = timeout, Urgent = timeout, Standard = timeout };
            o.TotalBudgets = new TotalBudgets { Immediate = total, VeryUrgent = total, Urgent = total, Standard = total };
            o.TimerPollInterval = TimeSpan.FromMilliseconds(50);
        });
        Services = services.BuildServiceProvider();
        Options = Services.GetRequiredService<IOptions<ReferralOptions>>();
        Store = Services.GetRequiredService<ReferralStore>();
        Timers = Services.GetRequiredService<OfferTimerQueue>();
        Workflow = Services.GetRequiredService<ReferralWorkflow>();
        Poller = Services.GetRequiredService<OfferTimerPoller>();
        Rehydrator = Services.GetRequiredService<ReferralRehydrator>();
    }

    public ServiceProvider Services { get; }
    public IOptions<ReferralOptions> Options { get; }
    public RecordingNotifier Notifier { get; } = new();
    public ReferralStore Store { get; }
    public OfferTimerQueue Timers { get; }
    public ReferralWorkflow Workflow { get; }
    public OfferTimerPoller Poller { get; }
    public ReferralRehydrator Rehydrator { get; }

    /// <summary>A doctor's request, automatically matched: offered to hosp-a first, then hosp-b.</summary>
    public async Task<Referral> RequestAsync(string? idempotencyKey = null, Priority priority = Priority.VeryUrgent)
    {
        var (referral, _) = await Workflow.CreateAsync(ReferralSamples.Doctor, ReferralSamples.Request(priority), idempotencyKey, CancellationToken.None);
        return referral;
    }
}
