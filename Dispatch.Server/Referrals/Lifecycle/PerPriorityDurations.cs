using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>One duration per referral priority, each bound from configuration by the priority's name.</summary>
public abstract class PerPriorityDurations(TimeSpan immediate, TimeSpan veryUrgent, TimeSpan urgent, TimeSpan standard)
{
    public TimeSpan Immediate { get; set; } = immediate;
    public TimeSpan VeryUrgent { get; set; } = veryUrgent;
    public TimeSpan Urgent { get; set; } = urgent;
    public TimeSpan Standard { get; set; } = standard;

    public TimeSpan For(Priority priority) => priority switch
    {
        Priority.Immediate => Immediate,
        Priority.VeryUrgent => VeryUrgent,
        Priority.Urgent => Urgent,
        _ => Standard,
    };
}
