using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>The part of the facilities registry the referral workflow needs.</summary>
public interface IReferralFacilities
{
    IReadOnlyList<ReceivingHospital> Hospitals { get; }

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
    bool OnDiversion);
