using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Server.Accounts;

public sealed record AccessToken(string Token, DateTimeOffset ExpiresAt, string Id);

/// <summary>Issues JWT bearer tokens that carry the role and the one facility, hospital or vehicle an account is bound to.</summary>
public sealed class TokenIssuer(SigningKey signingKey, IConfiguration config, TimeProvider clock)
{
    public const string Issuer = "dispatch";
    public const string Audience = "dispatch";

    public TimeSpan StaffLifetime => TimeSpan.FromMinutes(config.GetValue("Auth:TokenLifetimeMinutes", 480));
    public TimeSpan DeviceLifetime => TimeSpan.FromMinutes(config.GetValue("Auth:DeviceTokenLifetimeMinutes", 1440));

    public AccessToken Issue(Account account, TimeSpan? lifetime = null)
    {
        var now = clock.GetUtcNow();
        var expires = now + (lifetime ?? (account.Role == Roles.Vehicle ? DeviceLifetime : StaffLifetime));
        var id = Guid.NewGuid().ToString("N");
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Jti, id),
            new(DispatchClaims.Name, account.Username),
            new(DispatchClaims.Role, account.Role),
            new(DispatchClaims.DisplayName, account.DisplayName),
        };
        if (account.FacilityId is not null) claims.Add(new(DispatchClaims.Facility, account.FacilityId));
        if (account.HospitalId is not null) claims.Add(new(DispatchClaims.Hospital, account.HospitalId));
        if (account.VehicleId is not null) claims.Add(new(DispatchClaims.Vehicle, account.VehicleId));

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        };
        return new AccessToken(new JsonWebTokenHandler().CreateToken(descriptor), expires, id);
    }
}
