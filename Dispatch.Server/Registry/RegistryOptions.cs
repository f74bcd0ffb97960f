using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Cadence;
using Dispatch.Server.Registry.People;

namespace Dispatch.Server.Registry;

/// <summary>Configuration section "Registry": the key-population register's rules.</summary>
public sealed class RegistryOptions
{
    /// <summary>Tiering rules; empty keeps <see cref="DefaultTierRules"/>.</summary>
    public List<TierRule> TierRules { get; set; } = [];

    /// <summary>Contact cadence per tier; empty keeps <see cref="CadenceRules.Defaults"/>.</summary>
    public List<CadenceRule> Cadence { get; set; } = [];

    /// <summary>SpO₂ below this (percent) is a referral sign for anyone.</summary>
    public int SpO2ReferBelow { get; set; } = 93;

    /// <summary>The least urgent priority a referral raised from the register may have, per tier (red → 1 or 2).</summary>
    public Dictionary<Tier, Priority> MinimumPriority { get; set; } = new() { [Tier.Red] = Priority.VeryUrgent };

    /// <summary>Key of the ID-card hash (base64, ≥ 32 bytes); empty: one is made once and kept in the database.</summary>
    public string IdHashKey { get; set; } = "";

    /// <summary>Seed the demo register (invented people) for every grassroots facility that has none yet.</summary>
    public bool SeedDemo { get; set; }

    /// <summary>People per facility in the demo seed.</summary>
    public int SeedPeoplePerFacility { get; set; } = 300;

    /// <summary>Largest ledger file accepted for import.</summary>
    public long MaxImportBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Rows per ledger import.</summary>
    public int MaxImportRows { get; set; } = 100_000;

    public IReadOnlyList<TierRule> EffectiveTierRules => TierRules.Count > 0 ? TierRules : DefaultTierRules.Create();
    public IReadOnlyList<CadenceRule> EffectiveCadence => Cadence.Count > 0 ? Cadence : CadenceRules.Defaults();

    public Priority MinimumPriorityFor(Tier tier) => MinimumPriority.TryGetValue(tier, out var p) ? p : Priority.Standard;
}
