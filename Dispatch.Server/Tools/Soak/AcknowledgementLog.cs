using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Dispatch.Server.Tools.Soak;

/// <summary>
/// Every write a client was told succeeded (referral versions, position timestamps), and every error, so a run can
/// prove afterwards that nothing acknowledged went missing, whatever crashed in between.
/// </summary>
public sealed class AcknowledgementLog
{
    private readonly ConcurrentDictionary<string, Acknowledged> _referrals = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _positions = new();
    private readonly ConcurrentQueue<string> _recentErrors = new();
    private long _operations, _errors;

    public long Operations => Interlocked.Read(ref _operations);
    public long Errors => Interlocked.Read(ref _errors);
    public IReadOnlyCollection<Acknowledged> Referrals => _referrals.Values.ToList();
    public IReadOnlyDictionary<string, DateTimeOffset> Positions => new Dictionary<string, DateTimeOffset>(_positions);
    public IReadOnlyList<string> RecentErrors => _recentErrors.ToList();

    public void Referral(Acknowledged ack)
    {
        _referrals.AddOrUpdate(ack.ReferralId, ack, (_, old) => old.Version >= ack.Version ? old : ack);
        Interlocked.Increment(ref _operations);
    }

    public void Position(string vehicleId, DateTimeOffset timestamp)
    {
        _positions.AddOrUpdate(vehicleId, timestamp, (_, old) => old >= timestamp ? old : timestamp);
        Interlocked.Increment(ref _operations);
    }

    public void Error(string what)
    {
        Interlocked.Increment(ref _errors);
        _recentErrors.Enqueue(what);
        while (_recentErrors.Count > 20) _recentErrors.TryDequeue(out _);
    }

    /// <summary>Asks the server (as a dispatcher) for every acknowledged write.</summary>
    /// <returns>one line per acknowledged write the server no longer has.</returns>
    public async Task<IReadOnlyList<string>> FindLostAsync(HttpClient http, string dispatcherToken, CancellationToken ct)
    {
        var lost = new List<string>();
        var reader = new ReferralClient(http, dispatcherToken);
        foreach (var ack in Referrals)
        {
            var now = await reader.GetAsync(ack.ReferralId, ct);
            if (now is null || now.Version < ack.Version)
                lost.Add($"referral {ack.ReferralId}: acknowledged v{ack.Version} {ack.State}, stored {(now is null ? "nothing" : $"v{now.Version} {now.State}")}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/fleet/vehicles");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", dispatcherToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var fleet = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var stored = fleet.RootElement.EnumerateArray().ToDictionary(
            v => v.GetProperty("id").GetString()!,
            v => v.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object ? p.GetProperty("timestamp").GetDateTimeOffset() : (DateTimeOffset?)null);
        foreach (var (vehicle, acked) in Positions)
            if (stored.GetValueOrDefault(vehicle) is not { } at || at < acked)
                lost.Add($"position of {vehicle}: acknowledged {acked:O}, stored {stored.GetValueOrDefault(vehicle)?.ToString("O") ?? "nothing"}");
        return lost;
    }
}
