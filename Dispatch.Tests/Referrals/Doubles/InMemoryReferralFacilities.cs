using Dispatch.Server.Referrals.Matching;

namespace Dispatch.Tests.Referrals.Doubles;

/// <summary>A test double: a fixed list of facilities, for lifecycle tests that need no region.</summary>
public sealed class InMemoryReferralFacilities(IEnumerable<ReceivingHospital> hospitals, IReadOnlyDictionary<string, (double Lon, double Lat)> facilities)
    : IReferralFacilities
{
    public IReadOnlyList<ReceivingHospital> Hospitals { get; } = hospitals.ToList();

    public ValueTask<IReadOnlyList<ReceivingHospital>> HospitalsAsync() => ValueTask.FromResult(Hospitals);

    public ReceivingHospital? FindHospital(string hospitalId) => Hospitals.FirstOrDefault(h => h.Id == hospitalId);

    public (double Lon, double Lat)? FacilityLocation(string facilityId) =>
        facilities.TryGetValue(facilityId, out var at) ? at : null;
}
