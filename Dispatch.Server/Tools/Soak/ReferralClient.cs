using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dispatch.Server.Tools.Soak;

/// <summary>What the server acknowledged: after this answer the referral must be at least this version in this state.</summary>
public sealed record Acknowledged(string ReferralId, long Version, string State);

/// <summary>The server refused or failed a call; Status 0 means no answer arrived at all.</summary>
public sealed class CallFailed(int status, string detail) : Exception($"HTTP {status}: {detail}")
{
    public int Status { get; } = status;
}

/// <summary>The referral API as a signed-in user drives it over HTTP (doctor, dispatcher, hospital or crew).</summary>
public sealed class ReferralClient(HttpClient http, string token)
{
    public static object Request(string facilityId, string condition, int priority = 2) => new
    {
        patient = new
        {
            age = 67, sex = "female", tier = "red", condition,
            vitals = new { spO2 = 90, heartRate = 112, systolicBp = 95, diastolicBp = 62, respiratoryRate = 22, consciousness = "alert" },
        },
        requiredCapabilities = new[] { "icu" },
        priority,
        requestingFacilityId = facilityId,
        accompanyingStaff = new[] { new { name = "Nurse Wu", role = "nurse", phone = "13800000001" } },
    };

    public Task<Acknowledged> CreateAsync(object request, string? idempotencyKey, CancellationToken ct) =>
        SendAsync("/api/referrals", request, idempotencyKey, ct);

    public Task<Acknowledged> CommandAsync(string id, string verb, object? body, string? idempotencyKey, CancellationToken ct) =>
        SendAsync($"/api/referrals/{id}/{verb}", body, idempotencyKey, ct);

    public async Task<Acknowledged?> GetAsync(string id, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/referrals/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        return await ReadAsync(response, ct);
    }

    private async Task<Acknowledged> SendAsync(string path, object? body, string? idempotencyKey, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await http.SendAsync(request, ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<Acknowledged> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new CallFailed((int)response.StatusCode, text);
        var referral = JsonNode.Parse(text)?["referral"] ?? throw new JsonException("No referral in the answer: " + text);
        return new Acknowledged(referral["id"]!.GetValue<string>(), referral["version"]!.GetValue<long>(), referral["state"]!.GetValue<string>());
    }
}
