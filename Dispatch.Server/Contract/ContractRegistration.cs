using Microsoft.AspNetCore.SignalR;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Dispatch.Server.Contract;

/// <summary>
/// The published contract: one JSON convention for HTTP and the hub, the OpenAPI document generated from the same
/// settings at /openapi/v1.json, and a reference page for integrators beside it at /openapi/reference.
/// </summary>
public static class ContractRegistration
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/openapi/reference";

    public static IServiceCollection AddContract(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Dispatch API",
                    Version = "v1",
                    Description = "120 dispatch and green-channel referrals. Names are camelCase; every enumeration is a camelCase string " +
                        "(\"enRoute\", \"capabilityMissing\"); priority is the integer 1 (most urgent) to 4; numbers are JSON numbers; " +
                        "every refusal is application/problem+json. Sign in with POST /api/auth/token and send the token as " +
                        "`Authorization: Bearer …`. Live changes arrive on the SignalR hub /hubs/dispatch in the same JSON.",
                };
                return Task.CompletedTask;
            });
            o.AddSchemaTransformer<PrioritySchema>();
            o.AddSchemaTransformer<EnumComponentSchema>();
            o.AddDocumentTransformer<HubContract>();
            o.AddOperationTransformer<ProblemResponses>();
        });
        return services;
    }

    /// <summary>The hub's JSON protocol speaks exactly the HTTP API's JSON.</summary>
    public static ISignalRServerBuilder AddContractJson(this ISignalRServerBuilder signalR) =>
        signalR.AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));

    public static IEndpointRouteBuilder MapContract(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, o => o
                .WithTitle("Dispatch API reference")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        return app;
    }
}
