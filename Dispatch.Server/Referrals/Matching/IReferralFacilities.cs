using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>The part of the facilities registry the referral workflow needs.</summary>
public interface IReferralFacilities
{
    /// <summary>Every receiving hospital with its current beds and diversion.</summary>
    ValueTask<IReadOnlyList<ReceivingHospital>> HospitalsAsync();

    ReceivingHospital? FindHospital(string hospitalId);

    /// <summary>Location of a grassroots facility (the patient's pick-up point), or null if unknown.</summary>
    (double Lon, double Lat)? FacilityLocation(string facilityId);
}

public sealed record ReceivingHospital(
    string Id,
    string Name,
    double Lon,
    double Lat,
    IReadOnlySet<Capability> Capabilities,
    int Beds,
    bool OnDiversion)
{
    /// <summary>Free beds per capability where the registry counts them; a capability missing here is not counted.</summary>
    public IReadOnlyDictionary<Capability, int> BedsByCapability { get; init; } = new Dictionary<Capability, int>();

    /// <summary>True when the hospital has a free bed for everything the patient needs.</summary>
    public bool HasBedFor(IEnumerable<Capability> required) =>
        Beds > 0 && required.All(c => !BedsByCapability.TryGetValue(c, out var free) || free > 0);
}
