namespace Dispatch.Server.Referrals.Matching;

/// <summary>A fixed list of facilities: for tests and until the shared facilities registry is adapted.</summary>
public sealed class InMemoryReferralFacilities(IEnumerable<ReceivingHospital> hospitals, IReadOnlyDictionary<string, (double Lon, double Lat)> facilities)
    : IReferralFacilities
{
    public IReadOnlyList<ReceivingHospital> Hospitals { get; } = hospitals.ToList();

    public ValueTask<IReadOnlyList<ReceivingHospital>> HospitalsAsync() => ValueTask.FromResult(Hospitals);

    public ReceivingHospital? FindHospital(string hospitalId) => Hospitals.FirstOrDefault(h => h.Id == hospitalId);

    public (double Lon, double Lat)? FacilityLocation(string facilityId) =>
        facilities.TryGetValue(facilityId, out var at) ? at : null;
}
