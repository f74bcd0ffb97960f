using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dispatch.Server.Contract;

/// <summary>
/// An enumeration's component lists its values only. The generator adds null to it when it first meets the enum as a
/// nullable property, and the component is then shared by every use: a nullable property already says so with
/// <c>oneOf: [null, $ref]</c>, where a null inside the enum made null match both branches (so no null validated).
/// </summary>
internal sealed class EnumComponentSchema : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } && schema.Enum is { Count: > 0 } values && values.Any(v => v is null))
            schema.Enum = values.Where(v => v is not null).ToList();
        return Task.CompletedTask;
    }
}
