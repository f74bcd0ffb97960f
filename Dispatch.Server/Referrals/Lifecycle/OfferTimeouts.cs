using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>How long a hospital has to answer one offer, per priority (configuration section "Referrals:OfferTimeouts").</summary>
public sealed class OfferTimeouts
{
    public TimeSpan Immediate { get; set; } = TimeSpan.FromMinutes(3);
    public TimeSpan VeryUrgent { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan Urgent { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan Standard { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan For(Priority priority) => priority switch
    {
        Priority.Immediate => Immediate,
        Priority.VeryUrgent => VeryUrgent,
        Priority.Urgent => Urgent,
        _ => Standard,
    };
}
