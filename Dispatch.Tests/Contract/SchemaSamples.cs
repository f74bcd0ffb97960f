using System.Text.Json.Nodes;

namespace Dispatch.Tests.Contract;

/// <summary>
/// Builds a request body from the document's own schema: every property it names, enums from its listed values,
/// numbers within its minimum and maximum. Only what a schema cannot know comes from <paramref name="hints"/>, by
/// property name: ids of things that exist, a position inside the region, plausible vital signs.
/// </summary>
public sealed class SchemaSamples(OpenApiDocument document, IReadOnlyDictionary<string, JsonNode?> hints)
{
    /// <summary>Overrides the listed value for enums by schema name (to try each value the document lists).</summary>
    public IReadOnlyDictionary<string, JsonNode?> EnumChoices { get; init; } = new Dictionary<string, JsonNode?>();

    public JsonNode? For(JsonNode schema, string? property = null, int depth = 0)
    {
        if (property is not null && hints.TryGetValue(property, out var hint)) return hint?.DeepClone();
        if (depth > 12) throw new InvalidOperationException("The schema nests deeper than any request should.");
        var name = schema["$ref"]?.GetValue<string>().Split('/')[^1];
        var s = document.Resolve(schema);

        if (s["enum"] is JsonArray values)
        {
            if (name is not null && EnumChoices.TryGetValue(name, out var chosen)) return chosen?.DeepClone();
            return values.First(v => v is not null)!.DeepClone();
        }
        if (s["oneOf"] is JsonArray oneOf) return For(oneOf.First(o => !IsNull(o!))!, property, depth + 1);
        if (s["anyOf"] is JsonArray anyOf) return For(anyOf.First(o => !IsNull(o!))!, property, depth + 1);
        if (s["allOf"] is JsonArray allOf) return For(allOf[0]!, property, depth + 1);

        var types = s["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            { } one => [one.GetValue<string>()],
            null when s["properties"] is not null => ["object"],
            _ => ["string"],
        };
        var type = types.FirstOrDefault(t => t != "null") ?? "null";
        return type switch
        {
            "object" => Object(s, depth),
            "array" => new JsonArray(For(s["items"]!, property is null ? null : property + "[]", depth + 1)),
            "integer" => JsonValue.Create(s["minimum"] is { } min ? (int)OpenApiDocument.Number(min) : 1),
            "number" => JsonValue.Create(s["minimum"] is { } min ? OpenApiDocument.Number(min) : 1.5),
            "boolean" => JsonValue.Create(false),
            "string" when s["format"]?.GetValue<string>() == "date-time" => JsonValue.Create(DateTimeOffset.UtcNow.ToString("o")),
            "string" when s["format"]?.GetValue<string>() == "date" => JsonValue.Create(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            "string" => JsonValue.Create("Contract check"),
            _ => null,
        };
    }

    private JsonObject Object(JsonObject s, int depth)
    {
        var result = new JsonObject();
        foreach (var (name, propertySchema) in s["properties"]?.AsObject() ?? [])
            result[name] = For(propertySchema!, name, depth + 1);
        return result;
    }

    private bool IsNull(JsonNode schema) => document.Resolve(schema)["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
        && document.Resolve(schema)["type"]!.GetValue<string>() == "null";
}
