using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dispatch.Tests.Contract;

/// <summary>
/// The published OpenAPI document, read as JSON, with just enough of JSON Schema (2020-12, as OpenAPI 3.1 uses it)
/// to check a value against one of its schemas: $ref, type (one or several), enum, properties, required,
/// additionalProperties, items, oneOf/anyOf/allOf, minimum/maximum, pattern and the date-time format.
/// </summary>
public sealed class OpenApiDocument(JsonObject root)
{
    public JsonObject Root { get; } = root;

    public IEnumerable<(string Method, string Path, JsonObject Operation)> Operations() =>
        from path in Root["paths"]!.AsObject()
        from op in path.Value!.AsObject()
        select (op.Key.ToUpperInvariant(), path.Key, op.Value!.AsObject());

    public JsonObject Resolve(JsonNode schema)
    {
        var s = schema.AsObject();
        while (s["$ref"] is { } reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            s = Root["components"]!["schemas"]![name]?.AsObject() ?? throw new InvalidOperationException($"Unresolved reference {reference}");
        }
        return s;
    }

    /// <returns>every disagreement between the value and the schema, with the JSON path where it was found.</returns>
    public List<string> Validate(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schemaNode, string path, List<string> errors)
    {
        if (schemaNode is JsonValue boolean && boolean.TryGetValue<bool>(out var allowed))
        {
            if (!allowed) errors.Add($"{path}: nothing is allowed here");
            return;
        }
        var schema = Resolve(schemaNode);

        if (schema["allOf"] is JsonArray all)
            foreach (var part in all) Check(value, part!, path, errors);
        if (schema["oneOf"] is JsonArray one && one.Count(s => Validate(value, s!, path).Count == 0) != 1)
            errors.Add($"{path}: matches not exactly one of the oneOf schemas");
        if (schema["anyOf"] is JsonArray any && !any.Any(s => Validate(value, s!, path).Count == 0))
            errors.Add($"{path}: matches none of the anyOf schemas");

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            errors.Add($"{path}: {Show(value)} is not one of {values.ToJsonString()}");
            return;
        }

        var kind = Kind(value);
        if (schema["type"] is { } type)
        {
            var types = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            var fits = types.Contains(kind) || (kind == "integer" && types.Contains("number"));
            if (!fits)
            {
                errors.Add($"{path}: {kind} {Show(value)} where the document says {string.Join(" or ", types)}");
                return;
            }
        }

        switch (value)
        {
            case JsonObject obj:
                var properties = schema["properties"]?.AsObject();
                foreach (var name in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
                    if (!obj.ContainsKey(name)) errors.Add($"{path}: required property '{name}' is missing");
                foreach (var (name, item) in obj)
                {
                    if (properties?[name] is { } propertySchema) Check(item, propertySchema, $"{path}.{name}", errors);
                    else if (schema["additionalProperties"] is { } extra) Check(item, extra, $"{path}.{name}", errors);
                    // Only problem details may carry members the document does not name (traceId, extensions).
                }
                break;
            case JsonArray array when schema["items"] is { } items:
                for (var i = 0; i < array.Count; i++) Check(array[i], items, $"{path}[{i}]", errors);
                break;
            case JsonValue scalar when kind is "integer" or "number":
                var number = Number(scalar);
                if (schema["minimum"] is { } min && number < Number(min)) errors.Add($"{path}: {number} is below the minimum {min}");
                if (schema["maximum"] is { } max && number > Number(max)) errors.Add($"{path}: {number} is above the maximum {max}");
                break;
            case JsonValue scalar when kind == "string":
                var text = scalar.GetValue<string>();
                if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                if (schema["format"]?.GetValue<string>() == "date-time" && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                    errors.Add($"{path}: '{text}' is not a date-time");
                break;
        }
    }

    /// <summary>Any JSON number (or a number written as a string), whatever CLR type the node was built from.</summary>
    internal static double Number(JsonNode n) => double.Parse(
        n.GetValueKind() == System.Text.Json.JsonValueKind.String ? n.GetValue<string>() : n.ToJsonString(), CultureInfo.InvariantCulture);

    internal static string Kind(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
            System.Text.Json.JsonValueKind.Number => value.ToJsonString().IndexOfAny(['.', 'e', 'E']) < 0 ? "integer" : "number",
            _ => "null",
        },
    };

    private static string Show(JsonNode? value) => value?.ToJsonString() is { Length: > 80 } long_ ? long_[..80] + "…" : value?.ToJsonString() ?? "null";
}
