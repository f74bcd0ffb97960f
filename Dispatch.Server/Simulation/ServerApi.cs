using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Simulation;

/// <summary>The few HTTP calls a vehicle device makes: sign in, and ask for a route to drive (its navigation).</summary>
public sealed class ServerApi(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> SignInAsync(string username, string password, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/token", new { username, password }, ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {username} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        return body.GetProperty("accessToken").GetString()!;
    }

    public sealed record PlannedRoute(double Seconds, double Meters, double[][] Coordinates);

    /// <returns>null when no road route exists between the two points.</returns>
    public async Task<PlannedRoute?> RouteAsync(string token, GeoPoint from, GeoPoint to, string profile, CancellationToken ct)
    {
        var url = FormattableString.Invariant($"/api/routes?fromLon={from.Lon}&fromLat={from.Lat}&toLon={to.Lon}&toLat={to.Lat}&profile={profile}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return null;
        return await response.Content.ReadFromJsonAsync<PlannedRoute>(Json, ct);
    }
}
