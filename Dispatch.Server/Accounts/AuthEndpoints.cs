using Microsoft.AspNetCore.Http.HttpResults;

namespace Dispatch.Server.Accounts;

public sealed record SignInRequest(string? Username, string? Password);

public sealed record SignInResponse(
    string AccessToken, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role,
    string? FacilityId, string? HospitalId, string? VehicleId);

public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");

        group.MapPost("/token", Results<Ok<SignInResponse>, ValidationProblem, ProblemHttpResult> (SignInRequest? body, AccountStore accounts, TokenIssuer issuer, ILoggerFactory logs) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body?.Username) || body.Username.Length > 64) errors["username"] = ["Username is required (at most 64 characters)."];
            if (string.IsNullOrEmpty(body?.Password) || body.Password.Length > 256) errors["password"] = ["Password is required (at most 256 characters)."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

            var account = accounts.Verify(body!.Username!, body.Password!);
            if (account is null)
            {
                logs.CreateLogger("Dispatch.Auth").LogWarning("Failed sign-in for {Username}", body.Username);
                return TypedResults.Problem(title: "Sign-in failed", detail: "Wrong username or password.", statusCode: StatusCodes.Status401Unauthorized);
            }
            var token = issuer.Issue(account);
            return TypedResults.Ok(new SignInResponse(token.Token, token.ExpiresAt, account.Username, account.DisplayName, account.Role,
                account.FacilityId, account.HospitalId, account.VehicleId));
        }).AllowAnonymous().RequireRateLimiting(AuthSetup.LoginRateLimit);

        group.MapPost("/revoke", async (HttpContext http, TokenRevocations revocations) =>
        {
            var jti = http.User.FindFirst("jti")?.Value;
            var exp = http.User.FindFirst("exp")?.Value;
            if (jti is not null && long.TryParse(exp, out var seconds))
                await revocations.RevokeAsync(jti, DateTimeOffset.FromUnixTimeSeconds(seconds));
            return TypedResults.NoContent();
        });

        group.MapGet("/me", (HttpContext http) => TypedResults.Ok(new
        {
            Username = http.User.Username(),
            Role = http.User.Role(),
            FacilityId = http.User.FacilityId(),
            HospitalId = http.User.HospitalId(),
            VehicleId = http.User.VehicleId(),
        }));
        return app;
    }
}
