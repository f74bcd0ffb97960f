using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Dispatch.Server.Contract;

/// <summary>
/// The refusals every API endpoint can give, documented once instead of on each route: all are problem details.
/// Codes an endpoint documents itself are left as they are.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var path = "/" + (description.RelativePath ?? "");
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var method = description.HttpMethod ?? "GET";
        var hasBody = description.ParameterDescriptions.Any(p => p.Source.Id == "Body") || operation.RequestBody is not null;
        var hasInput = hasBody || description.ParameterDescriptions.Count > 0;
        // Every /api route needs a signed-in user (the fallback policy) unless it allows anonymous callers.
        var signedIn = !metadata.OfType<IAllowAnonymous>().Any();
        var command = method is "POST" or "PUT" or "DELETE";
        // A role policy refuses other roles; a command may also refuse an account that is not party to the resource.
        var mayRefuse = signedIn && (command || metadata.OfType<IAuthorizeData>().Any(a => a.Roles is { Length: > 0 } || a.Policy is { Length: > 0 })
            || metadata.OfType<AuthorizationPolicy>().Any(p => p.Requirements.Any(r => r is not Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement)));

        operation.Responses ??= [];
        if (hasInput) await Add(operation, context, "400", "The request is invalid: the problem's errors name each field", typeof(HttpValidationProblemDetails), cancellationToken);
        if (signedIn) await Add(operation, context, "401", "Not signed in, or the token expired or was revoked", typeof(ProblemDetails), cancellationToken);
        if (mayRefuse) await Add(operation, context, "403", "Signed in, but this role or account may not do this", typeof(ProblemDetails), cancellationToken);
        if (path.Contains('{')) await Add(operation, context, "404", "No such resource, or not one you may see", typeof(ProblemDetails), cancellationToken);
        if (command && path.Contains('{')) await Add(operation, context, "409", "The resource's current state does not allow this (someone else acted first)", typeof(ProblemDetails), cancellationToken);
        if (hasBody) await Add(operation, context, "413", "The request body is larger than Http:MaxRequestBodyBytes", typeof(ProblemDetails), cancellationToken);
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) await Add(operation, context, "429", "Too many requests: wait as Retry-After says", typeof(ProblemDetails), cancellationToken);
        await Add(operation, context, "503", "The data store is unreachable; nothing was changed. Retry after the Retry-After seconds", typeof(ProblemDetails), cancellationToken);
    }

    private static async Task Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string text, Type problem, CancellationToken ct)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        var schema = await context.GetOrCreateSchemaAsync(problem, cancellationToken: ct);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = text,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = Reference(context, problem, schema) } },
        };
    }

    /// <summary>The problem types are components already (the referral routes name them), so refer to them rather than copy them.</summary>
    private static IOpenApiSchema Reference(OpenApiOperationTransformerContext context, Type problem, OpenApiSchema schema)
    {
        var id = problem.Name;
        if (context.Document is not { } document) return schema;
        document.AddComponent(id, schema);
        return new OpenApiSchemaReference(id, document);
    }
}
