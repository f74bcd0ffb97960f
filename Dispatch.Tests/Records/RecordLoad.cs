using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Reliability;
using Dispatch.Server.Tools.Soak;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Records;

/// <summary>Makes history through the public API: doctors' referrals (some cancelled), dispatchers' calls and transports (some cancelled).</summary>
public sealed class RecordLoad(DispatchServerProcess server)
{
    private HttpClient? _doctor, _dispatcher;

    public int Answered { get; private set; }
    public int Refused { get; private set; }

    private async Task<HttpClient> DoctorAsync() =>
        _doctor ??= server.ClientWithToken(await server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));

    private async Task<HttpClient> DispatcherAsync() =>
        _dispatcher ??= server.ClientWithToken(await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));

    /// <summary>One referral, one call; every third of each is cancelled. Returns the ids created.</summary>
    public async Task<(string Referral, string Call)> RoundAsync(int n)
    {
        var doctor = await DoctorAsync();
        var dispatcher = await DispatcherAsync();
        var referral = await CreateAsync(doctor, "/api/referrals", ReferralClient.Request("g-01", $"胸痛 load {n}"), j => j["referral"]!["id"]!);
        var call = await CreateAsync(dispatcher, "/api/calls", new
        {
            kind = n % 4 == 0 ? "Transport" : "Emergency", lon = 104.07 + n % 10 * 0.001, lat = 30.67, chiefComplaint = $"呼吸困难 {n}",
            priority = 1 + n % 4, callerPhone = $"1390000{n:D4}",
        }, j => j["id"]!);
        if (n % 3 == 0)
        {
            await SendAsync(doctor, $"/api/referrals/{referral}/cancel", new { reason = "Family took the patient" });
            await SendAsync(dispatcher, $"/api/calls/{call}/cancel", new { reason = "Duplicate call" });
        }
        return (referral, call);
    }

    private async Task<string> CreateAsync(HttpClient client, string path, object body, Func<JsonNode, JsonNode> id)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {text}");
        Answered++;
        return id(JsonNode.Parse(text)!).GetValue<string>();
    }

    private async Task SendAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        if (response.IsSuccessStatusCode) Answered++;
        else throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
