using Dispatch.Server.Accounts;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dispatch.Server.Administration;

/// <summary>What an account may be bound to, for the administrator's create form.</summary>
public sealed record BindingChoice(string Id, string Name, string? NameEn);
public sealed record BindingChoices(IReadOnlyList<BindingChoice> Facilities, IReadOnlyList<BindingChoice> Hospitals, IReadOnlyList<BindingChoice> Vehicles);

/// <summary>/api/admin: accounts, sign-in failures and the administrators' own audit. Administrators only; every change is audited.</summary>
public static class AdminEndpoints
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<AdminAudit>();
        services.AddSingleton<SignInFailures>();
        return services;
    }

    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Administration")
            .RequireAuthorization(p => p.RequireRole(Roles.Admin)).AddEndpointFilter(RefusalsAsProblems);

        admin.MapGet("/accounts", async (AccountDirectory directory, SignInThrottle throttle) => TypedResults.Ok(await directory.ListAsync(throttle)))
            .WithSummary("Every account with its source (region file or added), whether it is disabled, and its failed sign-ins and pause");

        admin.MapPost("/accounts", async Task<Created<AccountView>> (NewAccount? body, AccountDirectory directory, AdminAudit audit, HttpContext http) =>
            {
                var a = await directory.CreateAsync(body);
                await audit.RecordAsync("create", http.User.Username(), a.Username, $"{a.Role} {a.FacilityId ?? a.HospitalId ?? a.VehicleId}".Trim());
                return TypedResults.Created($"/api/admin/accounts/{a.Username}",
                    new AccountView(a.Username, a.DisplayName, a.Role, a.FacilityId, a.HospitalId, a.VehicleId, "added", false, null, 0, null));
            })
            .WithSummary("Create an account bound to a grassroots facility (doctor), a hospital or a vehicle (device)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        Command(admin, "disable", "Disable the account: it cannot sign in and its live sessions end", (d, u, _) => d.SetDisabledAsync(u, true));
        Command(admin, "enable", "Enable the account again", (d, u, _) => d.SetDisabledAsync(u, false));
        Command(admin, "revoke-tokens", "End every session of the account (tokens issued until now)", (d, u, _) => d.RevokeTokensAsync(u));
        Command(admin, "unlock", "Clear the failed sign-ins that paused the account", (_, u, s) => s.GetRequiredService<SignInThrottle>().SucceededAsync(u));
        admin.MapPost("/accounts/{username}/password", async Task<NoContent> (string username, NewPassword? body, AccountDirectory directory, AdminAudit audit, HttpContext http) =>
            {
                await directory.ResetPasswordAsync(username, body?.Password);
                await audit.RecordAsync("reset-password", http.User.Username(), username);
                return TypedResults.NoContent();
            })
            .WithSummary("Set a new password; sessions signed in with the old one end")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapGet("/sign-in-failures", async (SignInFailures failures) => TypedResults.Ok(await failures.RecentAsync()))
            .WithSummary("The latest failed sign-ins, newest first (username tried, time, client address)");
        admin.MapGet("/audit", async (AdminAudit audit) => TypedResults.Ok(await audit.RecentAsync()))
            .WithSummary("The administrators' actions, newest first");
        admin.MapGet("/bindings", (FacilityRegistry facilities, VehicleRegistry vehicles) => TypedResults.Ok(new BindingChoices(
                facilities.Grassroots.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => new BindingChoice(f.Id, f.Name, f.NameEn)).ToList(),
                facilities.Hospitals.Select(h => new BindingChoice(h.Id, h.Name, h.NameEn)).ToList(),
                vehicles.All.OrderBy(v => v.Id, StringComparer.Ordinal).Select(v => new BindingChoice(v.Id, v.CallSign, v.CallSignEn)).ToList())))
            .WithSummary("Facilities, hospitals and vehicles an account may be bound to");
        return app;
    }

    private static void Command(RouteGroupBuilder admin, string verb, string summary, Func<AccountDirectory, string, IServiceProvider, Task> run) =>
        admin.MapPost("/accounts/{username}/" + verb, async Task<NoContent> (string username, AccountDirectory directory, AdminAudit audit, HttpContext http) =>
            {
                if (await directory.FindAsync(username) is null) throw new AdminRefusal(StatusCodes.Status404NotFound, "no-such-account", $"No account {username}.");
                await run(directory, username, http.RequestServices);
                await audit.RecordAsync(verb, http.User.Username(), username);
                return TypedResults.NoContent();
            })
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async ValueTask<object?> RefusalsAsProblems(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        try
        {
            return await next(ctx);
        }
        catch (AdminValidationException e)
        {
            return TypedResults.ValidationProblem(e.Errors);
        }
        catch (AdminRefusal e)
        {
            return TypedResults.Problem(title: e.Code, detail: e.Message, statusCode: e.Status);
        }
    }
}
