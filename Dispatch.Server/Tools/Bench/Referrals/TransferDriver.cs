using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Accounts;
using Dispatch.Server.Tools.Load;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Regions;

namespace Dispatch.Server.Tools.Bench.Referrals;

/// <summary>
/// Plays one green-channel transfer per index through the API, each person with their own token: the doctor
/// requests (the server ranks and offers), the dispatcher offers a chosen hospital, the hospital accepts, the
/// dispatcher assigns the index's own vehicle, the crew reports en route, on scene, on board, arrived, and the
/// hospital confirms the hand-over.
/// </summary>
public sealed class TransferDriver
{
    private readonly HttpClient _http;
    private readonly TokenIssuer _issuer;
    private readonly IReadOnlyList<string> _vehicles;
    private readonly IReadOnlyList<Facilities.GrassrootsFacility> _facilities;
    private readonly Facilities.Hospital _hospital;

    public TransferDriver(LoadTarget target, Region region)
    {
        _http = new HttpClient { BaseAddress = new Uri(target.ServerUrl), Timeout = TimeSpan.FromSeconds(30) };
        _issuer = new TokenIssuer(SigningKey.FromSecret(target.SigningKey),
            new ConfigurationBuilder().Build(), TimeProvider.System);
        _vehicles = target.VehicleIds;
        var registry = Facilities.FacilityRegistry.Load(region);
        _facilities = registry.Grassroots.ToList();
        _hospital = registry.Hospitals.Where(h => h.Capabilities.Contains(Facilities.Capabilities.Icu)).OrderBy(h => h.Id).First();
    }

    public async Task RunAsync(IReadOnlyList<int> indexes, int parallel, TransitionTimings timings, CancellationToken ct)
    {
        timings.Start();
        await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (i, token) =>
            {
                try
                {
                    await TransferAsync(i, timings, token);
                }
                catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException)
                {
                    timings.Error();
                    Console.Error.WriteLine($"Transfer {i}: {e.Message}");
                }
            });
        timings.Stop();
    }

    private async Task TransferAsync(int i, TransitionTimings timings, CancellationToken ct)
    {
        var facility = _facilities[i % _facilities.Count];
        var vehicle = _vehicles[i];
        var doctor = Token(new Account { Username = $"bench.doctor.{facility.Id}", Role = Roles.Doctor, DisplayName = "bench", PasswordHash = "-", FacilityId = facility.Id });
        var dispatcher = Token(new Account { Username = "bench.dispatcher", Role = Roles.Dispatcher, DisplayName = "bench", PasswordHash = "-" });
        var hospital = Token(new Account { Username = "bench.hospital", Role = Roles.Hospital, DisplayName = "bench", PasswordHash = "-", HospitalId = _hospital.Id });
        var crew = Token(new Account { Username = $"device.{vehicle}", Role = Roles.Vehicle, DisplayName = vehicle, PasswordHash = "-", VehicleId = vehicle });

        var request = new GreenChannelRequest(
            new PatientSummary(60 + i % 30, i % 2 == 0 ? Sex.Male : Sex.Female, Tier.Red, "急性胸痛，疑似心梗", new Vitals(92, 110, 150, 90, 22, Consciousness.Alert)),
            [Capability.Icu], Priority.VeryUrgent, facility.Id, []);
        var created = await SendAsync(timings, "request + ranking", doctor, "/api/referrals", JsonContent.Create(request, options: ReferralJson.Options), ct);
        var id = created.GetProperty("referral").GetProperty("id").GetString()!;

        await SendAsync(timings, "offer", dispatcher, $"/api/referrals/{id}/offer", JsonContent.Create(new { hospitalId = _hospital.Id, confirmed = true }), ct);
        await SendAsync(timings, "accept", hospital, $"/api/referrals/{id}/accept", JsonContent.Create(new { confirmed = true }), ct);
        await SendAsync(timings, "assign vehicle", dispatcher, $"/api/referrals/{id}/assign-vehicle", JsonContent.Create(new { vehicleId = vehicle }), ct);
        foreach (var step in new[] { "en-route", "on-scene", "on-board", "arrived" })
            await SendAsync(timings, step, crew, $"/api/referrals/{id}/{step}", null, ct);
        await SendAsync(timings, "handover", hospital, $"/api/referrals/{id}/handover", null, ct);
    }

    private string Token(Account account) => _issuer.Issue(account, TimeSpan.FromHours(1)).Token;

    private async Task<JsonElement> SendAsync(TransitionTimings timings, string kind, string token, string path, HttpContent? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{kind} answered {(int)response.StatusCode}: {text}");
        timings.Record(kind, elapsed);
        return JsonSerializer.Deserialize<JsonElement>(text);
    }
}
