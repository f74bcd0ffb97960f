using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;

namespace Dispatch.Server.Referrals;

/// <summary>Configuration section "Referrals".</summary>
public sealed class ReferralOptions
{
    public OfferTimeouts OfferTimeouts { get; set; } = new();
    public TransferTimeWindow TimeWindow { get; set; } = new();

    /// <summary>Rank hospitals and make the first offer as soon as a doctor requests (the green channel does not wait for a dispatcher).</summary>
    public bool AutoMatch { get; set; } = true;

    /// <summary>How long a ranking may take before the matcher must answer with what it has.</summary>
    public TimeSpan MatchBudget { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How often due offer countdowns are looked for.</summary>
    public TimeSpan TimerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many referrals a list may scan (newest first).</summary>
    public int ListLimit { get; set; } = 500;
}
