using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dispatch.Routing.Profiles;

/// <summary>Which roads a vehicle may use and how fast it drives on each highway class.</summary>
public sealed class RoutingProfile
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "car";

    /// <summary>Speed per OSM highway class; a class missing here is not routable.</summary>
    [JsonPropertyName("speedsKmh")]
    public Dictionary<string, double> SpeedsKmh { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Roundabouts and motorways are one-way even without an oneway tag.</summary>
    [JsonPropertyName("impliedOneway")]
    public bool ImpliedOneway { get; init; } = true;

    /// <summary>Drop ways closed to cars (access, motor_vehicle, motorcar = no or private).</summary>
    [JsonPropertyName("respectAccess")]
    public bool RespectAccess { get; init; } = true;

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static RoutingProfile Parse(string json)
    {
        var profile = JsonSerializer.Deserialize<RoutingProfile>(json, Options)
            ?? throw new InvalidDataException("Routing profile JSON is empty.");
        profile.Validate();
        return profile;
    }

    public static RoutingProfile Load(string path) => Parse(File.ReadAllText(path));

    public bool TryGetSpeed(string highway, out double kmh) => SpeedsKmh.TryGetValue(highway, out kmh);

    /// <summary>Stable digest of the rules, so a prepared graph is reused only for the same profile.</summary>
    public string Fingerprint()
    {
        var sb = new StringBuilder();
        sb.Append(Name).Append('|').Append(ImpliedOneway).Append('|').Append(RespectAccess);
        foreach (var (k, v) in SpeedsKmh.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append('|').Append(k).Append('=').Append(v.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new InvalidDataException("Routing profile needs a name.");
        foreach (var (k, v) in SpeedsKmh)
            if (!(v > 0) || double.IsInfinity(v))
                throw new InvalidDataException($"Speed for highway '{k}' must be a positive number of km/h, got {v}.");
    }
}
