using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Calls;
using Dispatch.Server.Referrals.Lifecycle;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dispatch.Server.Records.Search;

/// <summary>
/// The record keeps states and actions as the live side named them in C# ("HandedOver", "AssignVehicle"); over HTTP
/// they are camelCase like every other enumeration of the contract ("handedOver", "assignVehicle"), and a state
/// searched for is read the same way.
/// </summary>
public static class RecordNames
{
    /// <summary>Every state a case of the record can be in: a call's or transport's status, or a referral's state.</summary>
    public static readonly IReadOnlyList<string> States =
        Enum.GetNames<CallStatus>().Concat(Enum.GetNames<ReferralState>()).Select(Wire).Distinct().Order(StringComparer.Ordinal).ToList();

    public static string Wire(string stored) => JsonNamingPolicy.CamelCase.ConvertName(stored);

    public static string Stored(string wire) => wire.Length == 0 ? wire : char.ToUpperInvariant(wire[0]) + wire[1..];
}

/// <summary>The record's states and kinds in the document as the enumerations they are (they are strings in C#: a case is a call or a referral).</summary>
internal sealed class RecordNamesSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var owner = context.JsonPropertyInfo?.DeclaringType;
        if (owner != typeof(RecordSummary) && owner != typeof(Cases.TimelineEntry)) return Task.CompletedTask;
        if (Values(context.JsonPropertyInfo!.Name) is { } values) schema.Enum = values;
        return Task.CompletedTask;
    }

    internal static List<JsonNode>? Values(string name)
    {
        IEnumerable<string>? values = name switch
        {
            "state" or "fromState" or "toState" => RecordNames.States,
            "kind" => RecordQuery.Kinds,
            "sort" => RecordQuery.Sorts,
            _ => null,
        };
        // A transition out of nothing (the case's first) has an empty from-state.
        if (name == "fromState") values = values!.Prepend("");
        return values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList();
    }
}

/// <summary>The search's query parameters with the values it accepts: a state, kind or sort outside them is refused with 400.</summary>
internal sealed class RecordQueryParameters : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.RelativePath != "api/records/cases" || operation.Parameters is null) return Task.CompletedTask;
        foreach (var parameter in operation.Parameters)
            if (parameter is OpenApiParameter { Name: { } name, Schema: OpenApiSchema schema } && RecordNamesSchema.Values(name) is { } values)
                schema.Enum = values;
        return Task.CompletedTask;
    }
}
