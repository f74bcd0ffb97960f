using Dispatch.Server.Accounts;
using Dispatch.Server.Commands;
using Dispatch.Server.Calls.Referring;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Api;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Calls;

/// <param name="ConfirmCoverageGap">the id of the township the dispatcher agreed to leave without an ambulance
/// (asked for with a 409 <c>coverageGap</c> problem when the vehicle is that township's last one).</param>
public sealed record AssignVehicle(string? VehicleId, string? ConfirmCoverageGap = null);
public sealed record CancelCall(string? Reason);
/// <param name="ConfirmCoverageGap">as for <see cref="AssignVehicle"/>: the township the new vehicle may leave without an ambulance.</param>
public sealed record ReassignVehicle(string? VehicleId, string? Reason, string? ConfirmCoverageGap = null);

public static class CallEndpoints
{
    public static IServiceCollection AddCalls(this IServiceCollection services)
    {
        Numbering.CaseNumbersRegistration.AddCaseNumbers(services);
        services.AddSingleton<CallStore>();
        services.AddSingleton<CallService>();
        services.AddSingleton<CallAnnouncer>();
        services.AddSingleton<CallReferrals>();
        services.AddSingleton<ShiftFigures>();
        services.AddSingleton<TransportQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<TransportQueue>());
        return services;
    }

    public static IEndpointRouteBuilder MapCalls(this IEndpointRouteBuilder app)
    {
        var calls = app.MapGroup("/api/calls").WithTags("120 calls").AddEndpointFilter(RefusalResults.AsProblems);

        calls.MapPost("/", async (NewCall? body, HttpContext http, CallService service) =>
        {
            var (call, replayed) = await service.CreateAsync(body!, http.User, IdempotencyKey.From(http.Request));
            return replayed ? Results.Ok(call) : Results.Created($"/api/calls/{call.Id}", call);
        }).Produces<Call>(StatusCodes.Status201Created).Produces<Call>().RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Doctor));

        // q: part of a call's number (C20261205-0002, ZY… for transports); the live list only, history is the record's.
        calls.MapGet("/", async (string? q, CallStore store) =>
                TypedResults.Ok((await store.OpenAsync()).Where(c => Numbering.CaseNumbersRegistration.Matches(c.Id, q)).ToList()))
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));

        calls.MapGet("/categories", () => TypedResults.Ok(CallCategories.All))
            .WithSummary("Complaint categories and the vehicle type and equipment each asks for by default")
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        calls.MapGet("/{id}", async (string id, CallStore store) =>
                await store.FindAsync(id) is { } call ? Results.Ok(call) : throw CallRefusal.NotFound(id))
            .Produces<Call>()
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));

        calls.MapGet("/{id}/recommendations", async (string id, CallStore store, VehicleRecommender recommender, CancellationToken ct) =>
        {
            var call = await store.FindAsync(id) ?? throw CallRefusal.NotFound(id);
            var equipment = call.WheelchairNeeded ? call.RequiredEquipment.Append("wheelchair").ToList() : call.RequiredEquipment;
            var kind = call.Kind == CallKind.Transport ? VehicleKinds.NonEmergency : VehicleKinds.Ambulance;
            return Results.Ok(await recommender.RecommendAsync(call.Location.Lon, call.Location.Lat, kind, equipment, ct,
                call.Kind == CallKind.Emergency ? call.VehicleType : null));
        }).Produces<VehicleRecommendations>().RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        // Sending a township's last ambulance out of it needs the dispatcher to confirm that very gap (409 coverageGap).
        calls.MapPost("/{id}/assign", async (string id, AssignVehicle? body, HttpContext http, CallService service) =>
        {
            if (string.IsNullOrWhiteSpace(body?.VehicleId)) throw CallRefusal.Invalid("missing-vehicleId", "vehicleId is required.");
            return Results.Ok((await service.AssignAsync(id, body.VehicleId, http.User.Username(), IdempotencyKey.From(http.Request), body.ConfirmCoverageGap)).Value);
        }).Produces<Call>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        // The crew found a patient who needs a capable hospital: the emergency centre refers them from the scene.
        calls.MapPost("/{id}/referral", async (string id, HttpContext http, CallReferrals referrals, IOptions<Referrals.ReferralOptions> options, CancellationToken ct) =>
        {
            SceneReferralRequest? body;
            try
            {
                body = await http.Request.ReadFromJsonAsync<SceneReferralRequest>(ReferralJson.Options, ct);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                throw CallRefusal.Invalid("bad-body", "Send the patient summary, requiredCapabilities and priority (1–4) as application/json.");
            }
            var actor = http.User.ToActor();
            var (referral, created) = await referrals.ReferAsync(id, body, actor, IdempotencyKey.From(http.Request), ct);
            var view = ReferralView.For(referral, actor, options.Value.OfferTimeouts);
            if (created) http.Response.Headers.Location = $"/api/referrals/{referral.Id}";
            return TypedResults.Json(view, ReferralJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
        }).Accepts<SceneReferralRequest>("application/json")
            .Produces<ReferralView>(StatusCodes.Status201Created)
            .Produces<ReferralView>()
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        calls.MapPost("/{id}/cancel", async (string id, CancelCall? body, HttpContext http, CallService service) =>
            Results.Ok((await service.CancelAsync(id, body?.Reason, http.User.Username(), IdempotencyKey.From(http.Request))).Value)).Produces<Call>().RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        // Another vehicle goes instead (the first broke down or is stuck); the first is freed and the reason kept on the call.
        calls.MapPost("/{id}/reassign", async (string id, ReassignVehicle? body, CallService service, HttpContext http) =>
            {
                if (string.IsNullOrWhiteSpace(body?.VehicleId)) throw CallRefusal.Invalid("missing-vehicleId", "vehicleId is required.");
                return TypedResults.Ok((await service.ReassignAsync(id, body.VehicleId, body.Reason, http.User.Username(), IdempotencyKey.From(http.Request), body.ConfirmCoverageGap)).Value);
            })
            .WithSummary("Send another vehicle instead of the assigned one, with a reason; the old vehicle is freed (dispatcher)")
            .Produces<Call>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher));

        app.MapGet("/api/shift/figures", async (ShiftFigures figures) => TypedResults.Ok(await figures.ComputeAsync()))
            .WithTags("120 calls").RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin));
        return app;
    }
}
