using Dispatch.Server.Registry.Import;
using Npgsql;

namespace Dispatch.Server.Registry.Api;

/// <summary>Refusals as problem details. Titles are codes the console translates; nothing personal goes into them.</summary>
public static class RegisterProblems
{
    public static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (RegisterException e) when (e.Kind == RegisterErrorKind.Invalid)
        {
            return TypedResults.ValidationProblem(e.Errors?.ToDictionary(x => x.Key, x => x.Value) ?? [], title: e.Code);
        }
        catch (RegisterException e)
        {
            var status = e.Kind switch
            {
                RegisterErrorKind.NotFound => StatusCodes.Status404NotFound,
                RegisterErrorKind.Forbidden => StatusCodes.Status403Forbidden,
                RegisterErrorKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
                _ => StatusCodes.Status409Conflict,
            };
            return TypedResults.Problem(title: e.Code, statusCode: status);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return TypedResults.Problem(title: "duplicate-person", statusCode: StatusCodes.Status409Conflict);
        }
        catch (LedgerReader.UnreadableLedgerException e)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [e.Reason] }, title: e.Reason);
        }
        catch (NpgsqlException e) when (e.IsTransient || e.InnerException is System.Net.Sockets.SocketException or TimeoutException)
        {
            return TypedResults.Problem(title: "register-unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
