namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// How long a referral may wait from the request to an acceptance, per priority (configuration section
/// "Referrals:TotalBudgets"). Past it the referral escalates to a dispatcher even if candidates are left.
/// </summary>
public sealed class TotalBudgets() : PerPriorityDurations(
    immediate: TimeSpan.FromMinutes(10), veryUrgent: TimeSpan.FromMinutes(20), urgent: TimeSpan.FromMinutes(45), standard: TimeSpan.FromMinutes(120));
