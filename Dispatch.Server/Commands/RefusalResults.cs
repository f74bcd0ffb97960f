using Microsoft.AspNetCore.SignalR;

namespace Dispatch.Server.Commands;

/// <summary>The one mapping from domain refusals to what a client reads: problem details over HTTP, a HubException on the hub.</summary>
public static class RefusalResults
{
    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Invalid => StatusCodes.Status400BadRequest,
        RefusalKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    private static string TitleOf(RefusalKind kind) => kind switch
    {
        RefusalKind.Forbidden => "Not permitted for your role",
        RefusalKind.NotFound => "Not found",
        RefusalKind.Invalid => "Invalid command",
        RefusalKind.Unprocessable => "Cannot be done there",
        RefusalKind.Unavailable => "Not ready yet",
        _ => "Not possible now",
    };

    public static IResult Problem(Refusal e) => TypedResults.Problem(
        statusCode: StatusOf(e.Kind),
        title: e.Title ?? TitleOf(e.Kind),
        detail: e.Message,
        type: e.Type,
        extensions: new Dictionary<string, object?>(e.Details.Prepend(new("code", e.Code))));

    public static IResult Problem(ValidationRefusal e) =>
        TypedResults.ValidationProblem(e.Errors.ToDictionary(x => x.Key, x => x.Value), title: e.Title);

    public static HubException ForHub(Refusal e) => new(e.Message);

    /// <summary>Endpoint filter for a capability's group: refusals thrown by its handlers become problem details.</summary>
    public static async ValueTask<object?> AsProblems(EndpointFilterInvocationContext ctx, EndpointFilterDelegate next)
    {
        try
        {
            return await next(ctx);
        }
        catch (Refusal e)
        {
            return Problem(e);
        }
        catch (ValidationRefusal e)
        {
            return Problem(e);
        }
    }

    /// <summary>Runs a hub method body; a refusal reaches the caller as a HubException with its sentence.</summary>
    public static async Task<T> ForHubAsync<T>(Func<Task<T>> body)
    {
        try
        {
            return await body();
        }
        catch (Refusal e)
        {
            throw ForHub(e);
        }
    }
}
