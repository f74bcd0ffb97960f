using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Api;

public static partial class ReferralEndpoints
{
    private static void MapDispatcherCommands(RouteGroupBuilder group)
    {
        Command(group, "match", "Rank capable hospitals and offer to the first (dispatcher)",
            (id, actor, key, wf, ct) => wf.MatchAsync(id, actor, ct, key));
        Command<OfferBody>(group, "offer", "Override: offer to a chosen hospital (dispatcher)",
            (id, actor, body, key, wf, ct) => wf.OfferAsync(id, actor, body.HospitalId, key, ct, body.Confirmed));
        Command<ParallelOfferBody>(group, "offer-parallel",
            "Offer to the top N capable hospitals at once, ranked afresh (dispatcher); the first to accept wins, the others' offers are withdrawn",
            (id, actor, body, key, wf, ct) => wf.OfferParallelAsync(id, actor, body.Count, key, ct));
        Command<AssignVehicleBody>(group, "assign-vehicle",
            "Assign a vehicle (dispatcher); for priority 1 allowed while the hospital is still being asked",
            (id, actor, body, key, wf, ct) => wf.AssignVehicleAsync(id, actor, body.VehicleId, key, ct, body.Reason, body.ConfirmCoverageGap));
        Command<ReasonBody>(group, "escalate", "Escalate for dispatcher action (dispatcher)",
            (id, actor, body, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.Escalate(actor, t, body.Reason), key, ct, "escalate"));
        Command<ReasonBody>(group, "fail", "Mark the transfer failed (dispatcher)",
            (id, actor, body, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.Fail(actor, t, body.Reason), key, ct, "fail"));
    }

    private static void MapHospitalCommands(RouteGroupBuilder group)
    {
        Describe(group.MapPost("/{id}/accept",
            (string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] AcceptBody? body, HttpContext http, ReferralWorkflow workflow,
                IOptions<ReferralOptions> options, CancellationToken ct) =>
                ReferralProblems.Guard(async () =>
                {
                    var actor = http.User.ToActor();
                    var referral = await workflow.AcceptAsync(id, actor, body?.Confirmed ?? false, IdempotencyKey.From(http.Request), ct);
                    return Json(ReferralView.For(referral, actor, options.Value.OfferTimeouts));
                })).Accepts<AcceptBody>(isOptional: true, "application/json"),
            "accept", "Accept the offer (the hospital currently offered); with no free bed of the needed capability left, only once confirmed");
        Command<ReasonBody>(group, "decline", "Decline the offer with a reason (the hospital currently offered); the next candidate is asked",
            (id, actor, body, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.Decline(actor, t, body.Reason), key, ct, "decline"));
        Command(group, "handover", "Confirm the hand-over / transfer of care (the accepting hospital)",
            (id, actor, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.ConfirmHandOver(actor, t), key, ct, "handover"));
    }

    private static void MapCrewCommands(RouteGroupBuilder group)
    {
        Command(group, "en-route", "Report en route to the patient (assigned vehicle)",
            (id, actor, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.ReportEnRoute(actor, t), key, ct, "en-route"));
        Command(group, "on-scene", "Report at the patient / on scene (assigned vehicle)",
            (id, actor, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.ReportOnScene(actor, t), key, ct, "on-scene"));
        Command(group, "on-board", "Report the patient on board, leaving the scene (assigned vehicle)",
            (id, actor, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.ReportOnBoard(actor, t), key, ct, "on-board"));
        Command(group, "arrived", "Report arrival at the receiving hospital (assigned vehicle)",
            (id, actor, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.ReportArrived(actor, t), key, ct, "arrived"));
    }

    private static void MapDoctorCommands(RouteGroupBuilder group)
    {
        Command<ReasonBody>(group, "cancel", "Cancel with a reason (doctor of the requesting facility)",
            (id, actor, body, key, wf, ct) => wf.ExecuteAsync(id, actor, (l, t) => l.Cancel(actor, t, body.Reason), key, ct, "cancel"));
    }

    private delegate Task<Referral> Run(string id, Actor actor, string? idempotencyKey, ReferralWorkflow workflow, CancellationToken ct);

    private delegate Task<Referral> Run<in TBody>(string id, Actor actor, TBody body, string? idempotencyKey, ReferralWorkflow workflow, CancellationToken ct);

    private static void Command(RouteGroupBuilder group, string verb, string summary, Run run) =>
        Describe(group.MapPost("/{id}/" + verb,
            (string id, HttpContext http, ReferralWorkflow workflow, IOptions<ReferralOptions> options, CancellationToken ct) =>
                ReferralProblems.Guard(async () =>
                {
                    var actor = http.User.ToActor();
                    var referral = await run(id, actor, IdempotencyKey.From(http.Request), workflow, ct);
                    return Json(ReferralView.For(referral, actor, options.Value.OfferTimeouts));
                })), verb, summary);

    private static void Command<TBody>(RouteGroupBuilder group, string verb, string summary, Run<TBody> run) where TBody : class =>
        Describe(group.MapPost("/{id}/" + verb,
            (string id, TBody? body, HttpContext http, ReferralWorkflow workflow, IOptions<ReferralOptions> options, CancellationToken ct) =>
                ReferralProblems.Guard(async () =>
                {
                    if (body is null)
                        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] });
                    var actor = http.User.ToActor();
                    var referral = await run(id, actor, body, IdempotencyKey.From(http.Request), workflow, ct);
                    return Json(ReferralView.For(referral, actor, options.Value.OfferTimeouts));
                })).Accepts<TBody>("application/json"), verb, summary);

    private static void Describe(RouteHandlerBuilder endpoint, string verb, string summary) =>
        endpoint
            .WithName("Referral_" + verb)
            .WithSummary(summary)
            .Produces<ReferralView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ReferralRefusalProblem>(StatusCodes.Status409Conflict, "application/problem+json");
}
