using System.Text.Json;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>Enumerations are stored as the same camelCase names the API uses, so rows read well in psql and exports.</summary>
public static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string code) where T : struct, Enum => Enum.Parse<T>(code, ignoreCase: true);

    public static string[] Of<T>(IEnumerable<T> values) where T : struct, Enum => values.Select(Of).ToArray();
}
