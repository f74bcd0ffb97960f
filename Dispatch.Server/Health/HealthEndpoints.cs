using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Dispatch.Server.Health;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapDispatchHealth(this IEndpointRouteBuilder app)
    {
        // Anonymous on purpose: load balancers and ops scripts probe it without a token.
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (http, report) =>
            {
                http.Response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(http.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description, e.Value.Data }),
                });
            },
        }).AllowAnonymous();
        return app;
    }
}
