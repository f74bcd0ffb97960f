using Microsoft.AspNetCore.Diagnostics;
using StackExchange.Redis;

namespace Dispatch.Server.Infrastructure;

/// <summary>Turns failures into problem details: Redis down is a 503 the client can retry, a malformed body is a 400, never a bare 500.</summary>
public sealed class ErrorResponses(IProblemDetailsService problems, ILogger<ErrorResponses> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title, detail) = exception switch
        {
            RedisConnectionException or RedisTimeoutException =>
                (StatusCodes.Status503ServiceUnavailable, "Storage unavailable", "The data store cannot be reached right now; nothing was changed. Try again shortly."),
            // The record store (PostgreSQL) went away mid-request: the live side is unaffected, the client retries.
            Npgsql.NpgsqlException =>
                (StatusCodes.Status503ServiceUnavailable, "Record store unavailable", "The record store cannot be reached right now. Try again shortly."),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", bad.Message),
            System.Text.Json.JsonException => (StatusCodes.Status400BadRequest, "Bad request", "The request body is not valid JSON for this endpoint."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The server could not complete the request."),
        };
        if (status >= 500) log.LogError(exception, "Request {Path} failed", http.Request.Path);
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) http.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
