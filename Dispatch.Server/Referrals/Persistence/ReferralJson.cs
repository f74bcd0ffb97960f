using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dispatch.Server.Referrals.Persistence;

/// <summary>One JSON shape for storage, the API and the hub: camelCase names, enums as camelCase strings ("negativePressure", "offered").</summary>
public static class ReferralJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }
}
