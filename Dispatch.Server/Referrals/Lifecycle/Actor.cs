namespace Dispatch.Server.Referrals.Lifecycle;

/// <summary>Who is acting, with the one organisation their role ties them to.</summary>
public sealed record Actor(string Name, string Role, string? FacilityId = null, string? HospitalId = null, string? VehicleId = null)
{
    public static Actor System { get; } = new("system", ReferralRoles.System);

    public static Actor Dispatcher(string name) => new(name, ReferralRoles.Dispatcher);
    public static Actor Doctor(string name, string facilityId) => new(name, ReferralRoles.Doctor, FacilityId: facilityId);
    public static Actor Hospital(string name, string hospitalId) => new(name, ReferralRoles.Hospital, HospitalId: hospitalId);
    public static Actor Crew(string name, string vehicleId) => new(name, ReferralRoles.Vehicle, VehicleId: vehicleId);
}
