using Dispatch.Server.Commands;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Workflow;

namespace Dispatch.Server.Referrals.Api;

/// <summary>Refusals as problem details: 400 bad input, 403 wrong role, 404 not visible, 409 illegal or lost race. Never 500.</summary>
public static class ReferralProblems
{
    public static IResult From(Refusal e) => RefusalResults.Problem(e);

    public static IResult From(ValidationRefusal e) => RefusalResults.Problem(e);

    /// <summary>Runs an endpoint body and turns domain refusals into problem details.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (Refusal e)
        {
            return From(e);
        }
        catch (ValidationRefusal e)
        {
            return From(e);
        }
    }
}
