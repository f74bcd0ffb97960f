using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;

namespace Dispatch.Server.Referrals.Api;

/// <summary>Refusals as problem details: 400 bad input, 403 wrong role, 404 not visible, 409 illegal or lost race. Never 500.</summary>
public static class ReferralProblems
{
    public static IResult From(ReferralException e) => TypedResults.Problem(
        statusCode: e.Kind switch
        {
            ReferralErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ReferralErrorKind.NotFound => StatusCodes.Status404NotFound,
            ReferralErrorKind.Invalid => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status409Conflict,
        },
        title: e.Kind switch
        {
            ReferralErrorKind.Forbidden => "Not permitted for your role",
            ReferralErrorKind.NotFound => "Referral not found",
            ReferralErrorKind.Invalid => "Invalid command",
            _ => "Referral cannot do that now",
        },
        detail: e.Message,
        extensions: e.Exclusion is null
            ? new Dictionary<string, object?> { ["code"] = e.Code }
            : new Dictionary<string, object?> { ["code"] = e.Code, ["exclusion"] = e.Exclusion });

    public static IResult From(ReferralValidationException e) =>
        TypedResults.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: "The green-channel request is invalid");

    /// <summary>Runs an endpoint body and turns domain refusals into problem details.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (ReferralException e)
        {
            return From(e);
        }
        catch (ReferralValidationException e)
        {
            return From(e);
        }
    }
}
