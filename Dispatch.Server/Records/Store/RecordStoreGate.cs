namespace Dispatch.Server.Records.Store;

/// <summary>Record endpoints answer 503 problem details (with Retry-After) until the record schema is in place.</summary>
public sealed class RecordStoreGate(RecordStoreReadiness readiness) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (readiness.IsReady) return await next(context);
        context.HttpContext.Response.Headers.RetryAfter = "5";
        return TypedResults.Problem(
            title: "Record store unavailable",
            detail: "The record store cannot be reached right now; live dispatch is not affected. Try again shortly.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            type: "recordStoreUnavailable");
    }
}
