using Dispatch.Server.Facilities;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Referrals.Matching;

/// <summary>
/// Reads the shared facilities registry on each call and, when the hospital board is available, the beds and
/// diversion hospitals reported during the day, so every match ranks on the current picture.
/// </summary>
public sealed class RegistryReferralFacilities(FacilityRegistry registry, HospitalBoard? board = null) : IReferralFacilities
{
    public async ValueTask<IReadOnlyList<ReceivingHospital>> HospitalsAsync()
    {
        var hospitals = board is null ? registry.Hospitals : await board.CurrentAsync();
        return hospitals.Select(ToReceiving).ToList();
    }

    public ReceivingHospital? FindHospital(string hospitalId) => registry.FindHospital(hospitalId) is { } h ? ToReceiving(h) : null;

    public (double Lon, double Lat)? FacilityLocation(string facilityId) =>
        registry.FindGrassroots(facilityId) is { } g ? (g.Lon, g.Lat) : null;

    private static ReceivingHospital ToReceiving(Hospital h)
    {
        var capabilities = h.Capabilities.Select(ParseCapability).OfType<Capability>().ToHashSet();
        // Beds are counted per capability; a hospital with a required capability but no free bed for it cannot take the patient.
        // Beds held for accepted patients are not free, whatever the last report said.
        var free = h.Beds.Keys.ToDictionary(c => c, c => h.FreeBeds(c) ?? 0);
        var freeBeds = h.Beds.Count == 0 ? 1 : free.Values.Sum();
        return new ReceivingHospital(h.Id, h.Name, h.Lon, h.Lat, capabilities, freeBeds, h.OnDiversion)
        {
            BedsByCapability = free.Select(b => (Cap: ParseCapability(b.Key), b.Value))
                .Where(b => b.Cap is not null).ToDictionary(b => b.Cap!.Value, b => b.Value),
        };
    }

    private static Capability? ParseCapability(string name) =>
        Enum.TryParse<Capability>(name, ignoreCase: true, out var c) ? c : null;
}
