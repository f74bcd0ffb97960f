namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>How long a hospital has to answer one offer, per priority (configuration section "Referrals:OfferTimeouts").</summary>
public sealed class OfferTimeouts() : PerPriorityDurations(
    immediate: TimeSpan.FromMinutes(3), veryUrgent: TimeSpan.FromMinutes(5), urgent: TimeSpan.FromMinutes(10), standard: TimeSpan.FromMinutes(30));
