using System.Security.Claims;

namespace Dispatch.Server.Accounts;

public static class ClaimsPrincipalExtensions
{
    public static string Username(this ClaimsPrincipal user) => user.FindFirstValue(DispatchClaims.Name) ?? "";
    public static string Role(this ClaimsPrincipal user) => user.FindFirstValue(DispatchClaims.Role) ?? "";
    public static string? FacilityId(this ClaimsPrincipal user) => user.FindFirstValue(DispatchClaims.Facility);
    public static string? HospitalId(this ClaimsPrincipal user) => user.FindFirstValue(DispatchClaims.Hospital);
    public static string? VehicleId(this ClaimsPrincipal user) => user.FindFirstValue(DispatchClaims.Vehicle);
}
