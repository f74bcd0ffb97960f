using Dispatch.Server.Commands;
using System.Text.Json;
using Dispatch.Server.Referrals.Fhir;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Referrals.Workflow;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Api;

/// <summary>
/// /api/referrals: the green-channel API. Every route needs a signed-in user; which role may take each
/// action is decided by the lifecycle, so the refusal always says why. Commands accept an Idempotency-Key header.
/// </summary>
public static partial class ReferralEndpoints
{
    public const string Tag = "Referrals";

    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/referrals").RequireAuthorization().WithTags(Tag);

        group.MapPost("/", CreateAsync)
            .WithName("CreateReferral")
            .WithSummary("Request a green-channel transfer (doctor of the requesting facility)")
            .Accepts<GreenChannelRequest>("application/json")
            .Produces<ReferralView>(StatusCodes.Status201Created)
            .Produces<ReferralView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (bool? open, string? q, HttpContext http, ReferralWorkflow workflow, IOptions<ReferralOptions> options) =>
                await ReferralProblems.Guard(async () =>
                {
                    var actor = http.User.ToActor();
                    var list = await workflow.ListAsync(actor, open ?? false);
                    return Json(list.Where(r => Numbering.CaseNumbersRegistration.Matches(r.Number, q))
                        .Select(r => ReferralSummary.For(r, actor, options.Value.OfferTimeouts)).ToList());
                }))
            .WithName("ListReferrals")
            .WithSummary("Referrals visible to you: dispatchers all; doctors their facility's; hospitals those offered to or accepted by them; crews their assigned ones")
            .WithDescription("q narrows the list to referrals whose number (ZZ20261205-0007) contains it; dashes and case are ignored.")
            .Produces<List<ReferralSummary>>();

        group.MapGet("/{id}", (string id, HttpContext http, ReferralWorkflow workflow, IOptions<ReferralOptions> options) =>
                ReferralProblems.Guard(async () =>
                {
                    var actor = http.User.ToActor();
                    return Json(ReferralView.For(await workflow.GetAsync(id, actor), actor, options.Value.OfferTimeouts));
                }))
            .WithName("GetReferral")
            .WithSummary("One referral with its durations and the actions you may take now")
            .Produces<ReferralView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/timeline", (string id, HttpContext http, ReferralWorkflow workflow) =>
                ReferralProblems.Guard(async () =>
                {
                    var actor = http.User.ToActor();
                    var referral = await workflow.GetAsync(id, actor);
                    var audit = await workflow.AuditAsync(id, actor);
                    return Json(new ReferralTimelineView(id, referral.Timeline, ReferralDurations.Of(referral.Timeline), audit));
                }))
            .WithName("GetReferralTimeline")
            .WithSummary("EMS timestamps, derived intervals and the audited transitions")
            .Produces<ReferralTimelineView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/fhir", (string id, HttpContext http, ReferralWorkflow workflow) =>
                ReferralProblems.Guard(async () =>
                {
                    var referral = await workflow.GetAsync(id, http.User.ToActor());
                    return Results.Text(ReferralFhirMapper.ToJson(referral), "application/fhir+json");
                }))
            .WithName("GetReferralFhir")
            .WithSummary("The referral as an HL7 FHIR R4 Task with a contained ServiceRequest, Patient and Observations")
            .Produces<string>(StatusCodes.Status200OK, "application/fhir+json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapRankingPreview();
        MapDispatcherCommands(group);
        MapHospitalCommands(group);
        MapCrewCommands(group);
        MapDoctorCommands(group);
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, ReferralWorkflow workflow, IOptions<ReferralOptions> options, CancellationToken ct) =>
        await ReferralProblems.Guard(async () =>
        {
            GreenChannelRequest? request;
            try
            {
                request = await http.Request.ReadFromJsonAsync<GreenChannelRequest>(ReferralJson.Options, ct);
            }
            catch (JsonException e)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    [string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.')] = ["Not a valid value here: " + FirstLine(e.Message)],
                }, title: "The green-channel request is invalid");
            }
            catch (InvalidOperationException)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the request as application/json."] });
            }

            var actor = http.User.ToActor();
            var (referral, created) = await workflow.CreateAsync(actor, request!, IdempotencyKey.From(http.Request), ct);
            var view = ReferralView.For(referral, actor, options.Value.OfferTimeouts);
            if (!created) return Json(view);
            http.Response.Headers.Location = $"/api/referrals/{referral.Id}";
            return TypedResults.Json(view, ReferralJson.Options, statusCode: StatusCodes.Status201Created);
        });

    private static string FirstLine(string message) => message.Split('\n')[0].Split(" Path:")[0];

    internal static IResult Json<T>(T value) => TypedResults.Json(value, ReferralJson.Options);
}
