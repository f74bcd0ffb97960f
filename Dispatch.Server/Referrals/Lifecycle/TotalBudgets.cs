using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>
/// How long a referral may wait from the request to an acceptance, per priority (configuration section
/// "Referrals:TotalBudgets"). Past it the referral escalates to a dispatcher even if candidates are left.
/// </summary>
public sealed class TotalBudgets
{
    public TimeSpan Immediate { get; set; } = TimeSpan.FromMinutes(10);
    public TimeSpan VeryUrgent { get; set; } = TimeSpan.FromMinutes(20);
    public TimeSpan Urgent { get; set; } = TimeSpan.FromMinutes(45);
    public TimeSpan Standard { get; set; } = TimeSpan.FromMinutes(120);

    public TimeSpan For(Priority priority) => priority switch
    {
        Priority.Immediate => Immediate,
        Priority.VeryUrgent => VeryUrgent,
        Priority.Urgent => Urgent,
        _ => Standard,
    };
}
