using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dispatch.Server.Referrals.Persistence;

/// <summary>
/// One JSON shape for storage and the API: camelCase names, enums as camelCase strings ("negativePressure",
/// "offered"), except priority, which clinicians know as the number 1 (most urgent) to 4.
/// </summary>
public static class ReferralJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonNumberEnumConverter<Requests.Priority>());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
