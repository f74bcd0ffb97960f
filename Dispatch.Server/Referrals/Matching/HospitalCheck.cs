using System.Text.Json;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// Whether a hospital can take a patient now: it has every required capability, is not on diversion, and has a free
/// bed for what the patient needs. The ranking asks it once; every offer asks it again with the hospital as it is then.
/// </summary>
public static class HospitalCheck
{
    /// <returns>null when the hospital can be asked; else why not.</returns>
    public static HospitalExclusion? Check(ReceivingHospital h, IReadOnlyCollection<Capability> required)
    {
        var missing = required.Where(c => !h.Capabilities.Contains(c)).ToList();
        if (missing.Count > 0)
            return new(h.Id, h.Name, ExclusionReason.CapabilityMissing, "Missing: " + string.Join(", ", missing.Select(Name)))
            {
                Capabilities = missing,
            };
        if (h.OnDiversion)
            return new(h.Id, h.Name, ExclusionReason.OnDiversion, "Hospital is on diversion.");
        if (!h.HasBedFor(required))
        {
            var full = required.Where(c => h.BedsByCapability.TryGetValue(c, out var free) && free <= 0).ToList();
            return new(h.Id, h.Name, ExclusionReason.NoBeds, full.Count > 0 ? "No free bed for: " + string.Join(", ", full.Select(Name)) : "No free beds reported.")
            {
                Capabilities = full,
            };
        }
        return null;
    }

    /// <summary>A check over one snapshot of the hospitals; a hospital no longer in the region cannot be asked.</summary>
    public static Func<string, HospitalExclusion?> Over(IReadOnlyList<ReceivingHospital> hospitals, IReadOnlyCollection<Capability> required)
    {
        var byId = hospitals.ToDictionary(h => h.Id);
        return id => byId.TryGetValue(id, out var h)
            ? Check(h, required)
            : new HospitalExclusion(id, id, ExclusionReason.Unreachable, "Hospital is not in the region.");
    }

    /// <summary>The capability whose bed an acceptance holds: the first required one the hospital counts beds for.</summary>
    public static string? BedToReserve(ReceivingHospital? h, IReadOnlyCollection<Capability> required) =>
        h is null ? null : required.Where(c => h.BedsByCapability.ContainsKey(c)).Select(Name).FirstOrDefault();

    /// <summary>Why an acceptance by <paramref name="h"/> would hold a bed of <paramref name="capability"/> beyond its free count; null when one is free.</summary>
    public static HospitalExclusion? NoFreeBed(ReceivingHospital? h, string capability)
    {
        if (h is null) return null;
        foreach (var (c, free) in h.BedsByCapability)
            if (Name(c) == capability && free <= 0)
                return new(h.Id, h.Name, ExclusionReason.NoBeds, "No free bed for: " + capability) { Capabilities = [c] };
        return null;
    }

    public static string Name(Capability c) => JsonNamingPolicy.CamelCase.ConvertName(c.ToString());
}
