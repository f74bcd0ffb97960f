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

        group.MapPost("/token", async Task<Results<Ok<SignInResponse>, ValidationProblem, ProblemHttpResult>> (
            SignInRequest? body, Administration.AccountDirectory accounts, TokenIssuer issuer, SignInThrottle throttle, Administration.SignInFailures failures,
            HttpContext http, ILoggerFactory logs) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(body?.Username) || body.Username.Length > 64) errors["username"] = ["Username is required (at most 64 characters)."];
            if (string.IsNullOrEmpty(body?.Password) || body.Password.Length > 256) errors["password"] = ["Password is required (at most 256 characters)."];
            if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

            var username = body!.Username!;
            // Checked before the password, so guessing on gets no answer at all while the account is paused.
            if (await throttle.PausedForAsync(username) is { } pause)
            {
                var seconds = (int)Math.Ceiling(pause.TotalSeconds);
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return TypedResults.Problem(title: "Too many failed sign-ins",
                    detail: $"Too many failed sign-ins for this account; try again in {Math.Max(1, (seconds + 59) / 60)} min.",
                    statusCode: StatusCodes.Status429TooManyRequests);
            }
            var account = await accounts.VerifyAsync(username, body.Password!);
            if (account is null)
            {
                logs.CreateLogger("Dispatch.Auth").LogWarning("Failed sign-in for {Username}", username);
                await throttle.FailedAsync(username);
                await failures.RecordAsync(username, http.Connection.RemoteIpAddress?.ToString());
                return TypedResults.Problem(title: "Sign-in failed", detail: "Wrong username or password.", statusCode: StatusCodes.Status401Unauthorized);
            }
            await throttle.SucceededAsync(username);
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
