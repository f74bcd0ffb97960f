using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dispatch.Server.Contract;

/// <summary>
/// The one convention for enumerations on the wire, over HTTP and the hub: camelCase strings ("enRoute",
/// "capabilityMissing"), never numbers. Put on the enum type so that every serializer, a .NET client's included,
/// reads and writes the same names.
/// </summary>
public sealed class WireEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
