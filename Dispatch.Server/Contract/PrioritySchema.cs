using System.Text.Json.Nodes;
using Dispatch.Server.Referrals.Requests;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dispatch.Server.Contract;

/// <summary>
/// Priority is the number clinicians use, 1 (most urgent) to 4, wherever it appears: the referral's
/// <see cref="Priority"/> and every integer property named <c>priority</c> (calls, summaries).
/// </summary>
internal sealed class PrioritySchema : IOpenApiSchemaTransformer
{
    internal const string Description = "1 immediate, 2 very urgent, 3 urgent, 4 standard (1 is the most urgent)";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        var isPriority = type == typeof(Priority)
            || (type == typeof(int) && string.Equals(context.JsonPropertyInfo?.Name, "priority", StringComparison.Ordinal));
        if (!isPriority) return Task.CompletedTask;
        var nullable = schema.Type?.HasFlag(JsonSchemaType.Null) == true;
        schema.Type = nullable ? JsonSchemaType.Integer | JsonSchemaType.Null : JsonSchemaType.Integer;
        schema.Format = "int32";
        schema.Pattern = null;
        schema.Enum = [JsonValue.Create(1), JsonValue.Create(2), JsonValue.Create(3), JsonValue.Create(4)];
        schema.Minimum = "1";
        schema.Maximum = "4";
        schema.Description = Description;
        return Task.CompletedTask;
    }
}
