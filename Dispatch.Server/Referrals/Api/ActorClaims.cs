using System.Security.Claims;
using Dispatch.Server.Accounts;
using Dispatch.Server.Referrals.Lifecycle;

namespace Dispatch.Server.Referrals.Api;

public static class ActorClaims
{
    /// <summary>The signed-in user as the lifecycle sees them: name, role and the one organisation the role binds them to.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.Username(),
        user.Role(),
        FacilityId: user.FacilityId(),
        HospitalId: user.HospitalId(),
        VehicleId: user.VehicleId());
}
