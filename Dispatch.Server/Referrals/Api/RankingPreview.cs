using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Matching;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Requests;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Referrals.Api;

/// <summary>What a doctor (or dispatcher) asks before sending: which hospitals would be asked, in which order, and why the others not.</summary>
public sealed record RankingQuery(string? RequestingFacilityId, IReadOnlyList<Capability>? RequiredCapabilities, Priority? Priority);

/// <summary>The capable hospitals by road time from the patient (with distance), and every hospital left out with its reason code.</summary>
public sealed record RankingPreview(IReadOnlyList<HospitalCandidate> Candidates, IReadOnlyList<ExclusionView> Exclusions, bool Approximate);

public static class RankingPreviewEndpoint
{
    public static void MapRankingPreview(this RouteGroupBuilder group)
    {
        group.MapPost("/ranking", async (RankingQuery? query, HttpContext http, IHospitalMatcher matcher, IReferralFacilities facilities,
                IOptions<ReferralOptions> options, TimeProvider clock, CancellationToken ct) =>
            {
                var actor = http.User.ToActor();
                if (actor.Role is not (ReferralRoles.Doctor or ReferralRoles.Dispatcher))
                    return Results.Problem(title: "Not permitted for your role", detail: "Only doctors and dispatchers rank hospitals for a patient.",
                        statusCode: StatusCodes.Status403Forbidden, extensions: new Dictionary<string, object?> { ["code"] = "role-not-permitted" });
                var errors = new Dictionary<string, string[]>();
                var facilityId = query?.RequestingFacilityId ?? actor.FacilityId;
                if (string.IsNullOrWhiteSpace(facilityId)) errors["requestingFacilityId"] = ["The requesting facility is required."];
                else if (actor.Role == ReferralRoles.Doctor && facilityId != actor.FacilityId)
                    errors["requestingFacilityId"] = ["A doctor ranks hospitals for their own facility only."];
                else if (facilities.FacilityLocation(facilityId) is null) errors["requestingFacilityId"] = [$"Unknown facility {facilityId}."];
                if (query?.Priority is { } p && !Enum.IsDefined(p)) errors["priority"] = ["Priority must be 1 (most urgent) to 4."];
                if (query?.RequiredCapabilities?.Any(c => !Enum.IsDefined(c)) == true) errors["requiredCapabilities"] = ["Unknown capability."];
                if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

                var at = facilities.FacilityLocation(facilityId!)!.Value;
                var ranking = await matcher.RankAsync(new MatchQuery(at.Lon, at.Lat, query?.RequiredCapabilities ?? [],
                    query?.Priority ?? Priority.VeryUrgent, clock.GetUtcNow() + options.Value.MatchBudget), ct);
                return ReferralEndpoints.Json(new RankingPreview(ranking.Candidates, ranking.Exclusions.Select(ExclusionView.Of).ToList(), ranking.Approximate));
            })
            .WithName("PreviewRanking")
            .WithSummary("Rank the capable hospitals for a patient before the request is sent (doctor of the facility, or dispatcher)")
            .Accepts<RankingQuery>("application/json")
            .Produces<RankingPreview>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
