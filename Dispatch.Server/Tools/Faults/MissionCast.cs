using System.Net.Http.Json;
using System.Text.Json;

namespace Dispatch.Server.Tools.Faults;

/// <summary>The demo region's people a mission load acts as, signed in once (the servers share their signing key).</summary>
public sealed record MissionCast(string Dispatcher, string Doctor, string Hospital, string HospitalId, IReadOnlyDictionary<string, string> Crews)
{
    public const string DemoHospitalId = "h-4201795163";

    public static async Task<MissionCast> SignInAsync(HttpClient http, IEnumerable<string> vehicleIds, CancellationToken ct)
    {
        async Task<string> SignIn(string username, string password)
        {
            using var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password }, ct);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            return json.RootElement.GetProperty("accessToken").GetString()!;
        }
        var crews = new Dictionary<string, string>();
        foreach (var v in vehicleIds) crews[v] = await SignIn($"device.{v}", "Device#120");
        return new MissionCast(await SignIn("dispatcher", "Dispatch#120"), await SignIn("doctor.g-01", "Doctor#120"),
            await SignIn("hospital.cd3", "Hospital#120"), DemoHospitalId, crews);
    }
}
