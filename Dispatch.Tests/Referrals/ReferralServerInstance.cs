using Dispatch.Server.Referrals;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
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
    public static readonly InMemoryReferralFacilities Facilities = new(
    [
        new ReceivingHospital("hosp-a", "County People's Hospital", 104.07, 30.66, new HashSet<Capability> { Capability.Pci, Capability.Icu }, 5, false)
        {
            BedsByCapability = new Dictionary<Capability, int> { [Capability.Pci] = 2, [Capability.Icu] = 3 },
        },
        new ReceivingHospital("hosp-b", "City No.1 Hospital", 104.10, 30.70, new HashSet<Capability> { Capability.Pci, Capability.Icu }, 5, false)
        {
            BedsByCapability = new Dictionary<Capability, int> { [Capability.Pci] = 2, [Capability.Icu] = 3 },
        },
        new ReceivingHospital("hosp-c", "Women and Children's Hospital", 104.05, 30.64, new HashSet<Capability> { Capability.Obstetrics }, 5, false),
    ], new Dictionary<string, (double, double)>
    {
        [ReferralSamples.Facility] = (104.06, 30.65),
        ["thc-other"] = (104.02, 30.60),
    });

    public ReferralServerInstance(IConnectionMultiplexer redis, TimeSpan? offerTimeout = null, TimeSpan? totalBudget = null)
    {
        var timeout = offerTimeout ?? TimeSpan.FromMinutes(5);
        var total = totalBudget ?? TimeSpan.FromMinutes(120);
        Options = Microsoft.Extensions.Options.Options.Create(new ReferralOptions
        {
            OfferTimeouts = new OfferTimeouts { Immediate = timeout, VeryUrgent = timeout, Urgent = timeout, Standard = timeout },
            TotalBudgets = new TotalBudgets { Immediate = total, VeryUrgent = total, Urgent = total, Standard = total },
            TimerPollInterval = TimeSpan.FromMilliseconds(50),
        });
        Store = new ReferralStore(redis);
        Timers = new OfferTimerQueue(redis);
        Workflow = new ReferralWorkflow(Store, new StraightLineHospitalMatcher(Facilities, new TransferTimeWindow()), Facilities, Notifier, new AnyReferralVehicle(),
            Options, TimeProvider.System, NullLogger<ReferralWorkflow>.Instance);
        Poller = new OfferTimerPoller(Timers, Workflow, Store, Options, TimeProvider.System, NullLogger<OfferTimerPoller>.Instance);
        Rehydrator = new ReferralRehydrator(Store, Timers, Options, NullLogger<ReferralRehydrator>.Instance);
    }

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
