using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dispatch.Server.Contract;

/// <summary>
/// The SignalR hub in the OpenAPI document, under <c>x-signalr</c>: every event of <see cref="IDispatchClient"/> and
/// every method of <see cref="DispatchHub"/> with the schemas of what they carry, added to the components so that a
/// client generator types them like the HTTP bodies. Payloads travel in the same JSON as the HTTP API.
/// </summary>
internal sealed class HubContract : IOpenApiDocumentTransformer
{
    public const string Extension = "x-signalr";
    public const string HubPath = "/hubs/dispatch";

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var events = new JsonObject();
        foreach (var method in typeof(IDispatchClient).GetMethods().OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var payload = method.GetParameters().Single().ParameterType;
            events[method.Name] = await Reference(payload, document, context, cancellationToken);
        }

        var methods = new JsonObject();
        foreach (var method in typeof(DispatchHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                     .Where(m => !m.IsSpecialName && m.Name != nameof(DispatchHub.OnConnectedAsync))
                     .OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var parameters = new JsonArray();
            foreach (var p in method.GetParameters().Where(p => IsWire(p.ParameterType)))
                parameters.Add(new JsonObject { ["name"] = p.Name, ["schema"] = await Reference(p.ParameterType, document, context, cancellationToken) });
            var returns = Unwrap(method.ReturnType);
            methods[method.Name] = new JsonObject
            {
                ["parameters"] = parameters,
                ["returns"] = returns is null ? null : await Reference(returns, document, context, cancellationToken),
            };
        }

        document.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        document.Extensions[Extension] = new JsonNodeExtension(new JsonObject { ["path"] = HubPath, ["events"] = events, ["methods"] = methods });
    }

    /// <summary>A parameter the caller sends (values and records), as opposed to a service the hub method is given.</summary>
    private static bool IsWire(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsPrimitive || t.IsEnum || t == typeof(string)) return true;
        if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>)) return IsWire(t.GetGenericArguments()[0]);
        return t.GetMethod("<Clone>$") is not null;
    }

    private static Type? Unwrap(Type type)
    {
        if (type == typeof(Task) || type == typeof(void)) return null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)) return type.GetGenericArguments()[0];
        return type;
    }

    /// <summary>A $ref to the type's component (created when missing); arrays and streams as arrays of it.</summary>
    private static async Task<JsonNode> Reference(Type type, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        var element = ElementOf(type);
        if (element is not null)
            return new JsonObject { ["type"] = "array", ["items"] = await Reference(element, document, context, ct) };
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string)) return new JsonObject { ["type"] = "string" };
        if (t == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (t.IsPrimitive) return new JsonObject { ["type"] = "number" };
        await ComponentAsync(t, document, context, ct);
        return new JsonObject { ["$ref"] = "#/components/schemas/" + t.Name };
    }

    private static Type? ElementOf(Type type) => type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(IReadOnlyList<>) || g == typeof(IAsyncEnumerable<>) || g == typeof(List<>))
            ? type.GetGenericArguments()[0] : null;

    /// <summary>
    /// The type as a component. A type only the hub carries is generated inline as a whole; its enumerations and records
    /// become components of their own here, as they are for the HTTP bodies, so a client has one type for each.
    /// </summary>
    private static async Task<IOpenApiSchema> ComponentAsync(Type t, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (document.Components?.Schemas?.ContainsKey(t.Name) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(t, cancellationToken: ct);
            document.AddComponent(t.Name, schema);
            if (!t.IsEnum) await ReferNestedAsync(t, schema, document, context, ct);
        }
        return new OpenApiSchemaReference(t.Name, document);
    }

    private static async Task ReferNestedAsync(Type t, OpenApiSchema schema, OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (schema.Properties is null) return;
        var nullability = new NullabilityInfoContext();
        foreach (var property in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is not null) continue;
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!schema.Properties.ContainsKey(name)) continue;
            var nullable = Nullable.GetUnderlyingType(property.PropertyType) is not null
                || nullability.Create(property).ReadState == NullabilityState.Nullable;
            var element = ElementOf(property.PropertyType);
            var target = Nullable.GetUnderlyingType(element ?? property.PropertyType) ?? element ?? property.PropertyType;
            if (!IsNamed(target)) continue;
            var reference = await ComponentAsync(target, document, context, ct);
            schema.Properties[name] = element is not null
                ? new OpenApiSchema { Type = nullable ? JsonSchemaType.Array | JsonSchemaType.Null : JsonSchemaType.Array, Items = reference }
                : nullable ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] } : reference;
        }
    }

    /// <summary>An enumeration or a record of this server: what the HTTP side names as a component too.</summary>
    private static bool IsNamed(Type t) =>
        t.Namespace?.StartsWith("Dispatch.", StringComparison.Ordinal) == true && (t.IsEnum || (t.IsClass && t.GetMethod("<Clone>$") is not null));
}
