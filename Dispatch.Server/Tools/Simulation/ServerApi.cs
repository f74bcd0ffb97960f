using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Simulation;

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

    /// <summary>A crew command on a referral (en-route, on-scene, on-board, arrived); false when the server refuses it.</summary>
    public async Task<bool> ReferralCommandAsync(string token, string referralId, string verb, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{Uri.EscapeDataString(referralId)}/{verb}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add("Idempotency-Key", $"{referralId}-{verb}");
        using var response = await http.SendAsync(request, ct);
        return response.IsSuccessStatusCode;
    }

    /// <param name="Origin">where the patient waits when not at the requesting facility (the scene of a 120 call).</param>
    public sealed record ReferralState(string State, string? AcceptedHospitalId, string? VehicleId, string? FacilityId, GeoPoint? Origin = null);

    /// <returns>null when the referral is no longer visible to this device (another vehicle took over).</returns>
    public async Task<ReferralState?> ReferralAsync(string token, string referralId, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{Uri.EscapeDataString(referralId)}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return null;
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        var r = body.GetProperty("referral");
        return new ReferralState(r.GetProperty("state").GetString()!,
            r.TryGetProperty("acceptedHospitalId", out var h) ? h.GetString() : null,
            r.TryGetProperty("vehicleId", out var v) ? v.GetString() : null,
            r.TryGetProperty("request", out var q) && q.TryGetProperty("requestingFacilityId", out var f) ? f.GetString() : null,
            r.TryGetProperty("origin", out var o) && o.ValueKind == JsonValueKind.Object
                ? new GeoPoint(o.GetProperty("lon").GetDouble(), o.GetProperty("lat").GetDouble())
                : null);
    }

    /// <summary>Referrals this device's vehicle is assigned to (the server scopes the list to the caller).</summary>
    public async Task<IReadOnlyList<string>> OpenReferralIdsAsync(string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals?open=true");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return [];
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        return list.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToList();
    }
}
