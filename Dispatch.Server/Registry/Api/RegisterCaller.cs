using System.Security.Claims;
using Dispatch.Server.Accounts;
using Dispatch.Server.Registry.Persistence;

namespace Dispatch.Server.Registry.Api;

/// <summary>Who may do what with the register: a doctor their own facility's people; the admin counts; others nothing directly.</summary>
public static class RegisterCaller
{
    public static RegisterActor Actor(this ClaimsPrincipal user) => new(user.Username(), user.Role(), user.FacilityId());

    /// <summary>The signed-in doctor with the facility whose register they keep; anyone else is refused.</summary>
    public static RegisterActor Doctor(this ClaimsPrincipal user) =>
        user.Role() == Roles.Doctor && user.FacilityId() is { Length: > 0 }
            ? user.Actor()
            : throw new RegisterException(RegisterErrorKind.Forbidden, "doctors-only");
}
