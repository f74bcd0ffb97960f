using Dispatch.Server.Accounts;
using Microsoft.Extensions.Configuration;

namespace Dispatch.Tests.Infrastructure;

/// <summary>Mints tokens with a known key, to present the server with expired or forged ones.</summary>
public static class Tokens
{
    public static string Mint(string signingKey, Account account, TimeSpan lifetime, TimeProvider? clock = null)
    {
        var key = SigningKey.FromSecret(signingKey);
        var issuer = new TokenIssuer(key, new ConfigurationBuilder().Build(), clock ?? TimeProvider.System);
        return issuer.Issue(account, lifetime).Token;
    }

    public static Account Account(string username, string role, string? facility = null, string? hospital = null, string? vehicle = null) => new()
    {
        Username = username, Role = role, DisplayName = username, PasswordHash = "-", FacilityId = facility, HospitalId = hospital, VehicleId = vehicle,
    };
}

/// <summary>A clock set in the past, so a token it issues is already expired now.</summary>
public sealed class PastClock(TimeSpan ago) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow - ago;
}
