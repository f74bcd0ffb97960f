using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;

namespace Dispatch.Server.Referrals;

/// <summary>Configuration section "Referrals".</summary>
public sealed class ReferralOptions
{
    public OfferTimeouts OfferTimeouts { get; set; } = new();
    public TotalBudgets TotalBudgets { get; set; } = new();

    /// <summary>
    /// How many hospitals a priority-1 referral is offered to at once from its first round (the first to accept wins);
    /// 1 asks one after the other. Dispatchers can always offer to several by hand.
    /// </summary>
    public int Priority1ParallelOffers { get; set; } = 1;
    public TransferTimeWindow TimeWindow { get; set; } = new();

    /// <summary>Rank hospitals and make the first offer as soon as a doctor requests (the green channel does not wait for a dispatcher).</summary>
    public bool AutoMatch { get; set; } = true;

    /// <summary>How long a ranking may take before the matcher must answer with what it has.</summary>
    public TimeSpan MatchBudget { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often due offer countdowns are looked for: a priority-1 alert is late by at most this much.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many referrals a list may scan (newest first).</summary>
    public int ListLimit { get; set; } = 500;
}
