using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Dispatch.Server.Registry.Api;

/// <summary>
/// Query and header parameters the handlers read as text (to answer a bad value with the register's own problem) but
/// that the contract states exactly: the tier filter is the contract's Tier, a ledger format is xlsx or csv, and a
/// change must name the person's version.
/// </summary>
internal static class RegisterParameters
{
    public static RouteHandlerBuilder DocumentsTierFilter(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            if (Find(operation, "tier") is { } p && context.Document is { } document)
            {
                p.Schema = new OpenApiSchemaReference(nameof(Dispatch.Server.Referrals.Requests.Tier), document);
                p.Description = "Only people of this tier";
            }
            return Task.CompletedTask;
        });

    public static RouteHandlerBuilder DocumentsLedgerFormat(this RouteHandlerBuilder route, string description) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (Find(operation, "format") is { } p)
            {
                p.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("xlsx"), JsonValue.Create("csv")] };
                p.Description = description;
            }
            return Task.CompletedTask;
        });

    /// <summary>The header is required by the contract; the handler answers its absence with a problem (428), not a bare 400.</summary>
    public static RouteHandlerBuilder RequiresPersonVersion(this RouteHandlerBuilder route) =>
        route.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (Find(operation, PersonVersion.Header) is { } p)
            {
                p.Required = true;
                p.Description = "The person's version as its ETag gave it (\"3\"), or * to overwrite whatever is there";
            }
            return Task.CompletedTask;
        });

    private static OpenApiParameter? Find(OpenApiOperation operation, string name) =>
        operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == name);
}
