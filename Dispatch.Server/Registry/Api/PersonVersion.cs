using System.Globalization;

namespace Dispatch.Server.Registry.Api;

/// <summary>
/// A person's version as an entity tag: <c>"3"</c> in ETag, and what If-Match must carry to change the person.
/// <c>If-Match: *</c> is a client saying outright that it overwrites whatever is there.
/// </summary>
public static class PersonVersion
{
    public const string Header = "If-Match";

    public static string Tag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <returns>the version the change was made on; null for "*".</returns>
    public static long? Expected(string? ifMatch)
    {
        var value = ifMatch?.Trim();
        if (string.IsNullOrEmpty(value)) throw new RegisterException(RegisterErrorKind.PreconditionRequired, "version-required");
        if (value == "*") return null;
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        value = value.Trim('"');
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw RegisterException.Invalid(new Dictionary<string, string> { [Header] = "invalid-version" });
    }
}
