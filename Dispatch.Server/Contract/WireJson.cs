using System.Text.Json;
using System.Text.Json.Serialization;
using Dispatch.Server.Referrals.Requests;

namespace Dispatch.Server.Contract;

/// <summary>
/// The JSON of the public contract, shared by HTTP and the hub's JSON protocol, and from which /openapi/v1.json is
/// generated: camelCase names, enums as camelCase strings, priority as the number 1 (most urgent) to 4, and numbers
/// as JSON numbers only (a number sent as a string is refused, as the document says).
/// </summary>
public static class WireJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.NumberHandling = JsonNumberHandling.Strict;
        // Converters in the options win over those on the types; the order makes priority a number before the
        // catch-all for every other enum applies.
        options.Converters.Add(new JsonNumberEnumConverter<Priority>());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
