using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>Longest acceptable travel to a receiving hospital, per priority (configuration "Referrals:TimeWindow").</summary>
public sealed class TransferTimeWindow
{
    public double ImmediateMinutes { get; set; } = 60;
    public double VeryUrgentMinutes { get; set; } = 90;
    public double UrgentMinutes { get; set; } = 120;
    public double StandardMinutes { get; set; } = 240;

    public double For(Priority priority) => priority switch
    {
        Priority.Immediate => ImmediateMinutes,
        Priority.VeryUrgent => VeryUrgentMinutes,
        Priority.Urgent => UrgentMinutes,
        _ => StandardMinutes,
    };
}
