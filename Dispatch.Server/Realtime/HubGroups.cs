using System.Security.Claims;
using Dispatch.Server.Accounts;

namespace Dispatch.Server.Realtime;

/// <summary>Hub groups: who may see what. Every connection joins exactly the groups its token entitles it to.</summary>
public static class HubGroups
{
    public const string Dispatchers = "dispatchers";
    public static string Facility(string id) => $"facility:{id}";
    public static string Hospital(string id) => $"hospital:{id}";
    public static string Vehicle(string id) => $"vehicle:{id}";

    /// <summary>The one push group a signed-in user's connection belongs to, from the token's role and organisation; null for none.</summary>
    public static string? For(ClaimsPrincipal user) => user.Role() switch
    {
        Roles.Dispatcher or Roles.Admin => Dispatchers,
        Roles.Doctor when user.FacilityId() is { } f => Facility(f),
        Roles.Hospital when user.HospitalId() is { } h => Hospital(h),
        Roles.Vehicle when user.VehicleId() is { } v => Vehicle(v),
        _ => null,
    };
}
