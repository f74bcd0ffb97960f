using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Dispatch.Server.Accounts;

public static class AuthSetup
{
    public const string LoginRateLimit = "login";

    /// <summary>Whether the signed-in account is still enabled and its sessions were not ended after the token was issued.</summary>
    public static async Task<bool> AccountStillHoldsAsync(IServiceProvider services, System.Security.Claims.ClaimsPrincipal user)
    {
        if (services.GetService<Administration.AccountDirectory>() is not { } directory) return true;
        var issuedAt = long.TryParse(user.FindFirst("iat")?.Value, out var iat) ? DateTimeOffset.FromUnixTimeSeconds(iat) : DateTimeOffset.MinValue;
        return await directory.TokenHoldsAsync(user.Username(), issuedAt);
    }

    public static IServiceCollection AddDispatchAuth(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<TokenRevocations>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    // Browsers cannot set headers on WebSocket upgrades, so the hub takes the token from the query string.
                    OnMessageReceived = ctx =>
                    {
                        var token = ctx.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(token) && ctx.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                            ctx.Token = token;
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = async ctx =>
                    {
                        var revocations = ctx.HttpContext.RequestServices.GetRequiredService<TokenRevocations>();
                        var jti = ctx.Principal?.FindFirst("jti")?.Value;
                        if (jti is null || await revocations.IsRevokedAsync(jti)) ctx.Fail("The token has been revoked.");
                        // An administrator may have disabled the account or ended its sessions since the token was issued.
                        else if (!await AccountStillHoldsAsync(ctx.HttpContext.RequestServices, ctx.Principal!)) ctx.Fail("The account's sessions have been ended.");
                    },
                };
            });
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKey>((o, key) =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Audience,
                    IssuerSigningKey = key.Key,
                    NameClaimType = DispatchClaims.Name,
                    RoleClaimType = DispatchClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        services.AddAuthorizationBuilder()
            // Every endpoint requires a signed-in user unless it says otherwise.
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                await Results.Problem(title: "Too many sign-in attempts", detail: "Wait a minute before trying again.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(ctx.HttpContext);
            };
            // Per client address: slows password guessing without locking a whole hospital out behind one NAT for long.
            o.AddPolicy(LoginRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.GetValue("Auth:LoginAttemptsPerMinute", 30),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return services;
    }
}
