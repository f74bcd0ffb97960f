using System.Security.Claims;
using Dispatch.Server.Accounts;

namespace Dispatch.Server.Records.Search;

/// <summary>
/// Which cases a reader may see: dispatchers and admins every case; a doctor the cases of their own facility;
/// a hospital the cases brought (or offered) to it. Nobody else reads the record.
/// </summary>
public sealed record RecordScope(string? FacilityId, string? HospitalId, bool Everything)
{
    public static RecordScope? Of(ClaimsPrincipal user) => user.Role() switch
    {
        Roles.Dispatcher or Roles.Admin => new RecordScope(null, null, true),
        Roles.Doctor when user.FacilityId() is { } f => new RecordScope(f, null, false),
        Roles.Hospital when user.HospitalId() is { } h => new RecordScope(null, h, false),
        _ => null,
    };

    public bool Allows(string? facilityId, string? hospitalId) =>
        Everything || (FacilityId is not null && FacilityId == facilityId) || (HospitalId is not null && HospitalId == hospitalId);
}
