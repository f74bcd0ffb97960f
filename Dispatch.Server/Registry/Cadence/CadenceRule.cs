using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Registry.Cadence;

/// <summary>
/// At least <see cref="Contacts"/> contacts in every rolling window of <see cref="WindowDays"/> days for people of
/// <see cref="Tier"/>; <see cref="Infected"/> true limits the rule to infected people (and then it wins over the general one).
/// </summary>
public sealed class CadenceRule
{
    public Tier Tier { get; set; }
    public bool? Infected { get; set; }
    public int Contacts { get; set; }
    public double WindowDays { get; set; } = 7;

    public TimeSpan Window => TimeSpan.FromDays(WindowDays);
}
