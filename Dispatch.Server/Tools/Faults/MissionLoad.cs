using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Faults;

/// <summary>
/// A mixed load of 120 calls, transports and green-channel referrals, one mission at a time per vehicle, driven in
/// bursts: each burst reads where every mission stands, then sends every vehicle's next command at once (assign,
/// crew milestones, cancellations, a vehicle swapped for a spare and back, declines, offers to several hospitals at once,
/// acceptances holding a bed, hand-overs, calls turned into referrals, back in service). A fault aimed
/// a few milliseconds after <see cref="BurstStarted"/> lands among concurrent commands. Failures are counted and the
/// mission carries on from whatever the server stored.
/// </summary>
public sealed class MissionLoad : IAsyncDisposable
{
    private readonly IReadOnlyList<string> _servers;
    private readonly MissionCast _cast;
    private readonly List<Lane> _lanes;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(4) };
    private readonly Random _random;
    private int _next;

    public MissionLoad(IReadOnlyList<string> serverUrls, MissionCast cast, int seed)
    {
        _servers = serverUrls;
        _cast = cast;
        _random = new Random(seed);
        _lanes = cast.Crews.Keys.Select((v, i) => new Lane(v, serverUrls[i % serverUrls.Count], cast.Crews[v])).ToList();
    }

    /// <summary>Set when a burst's commands have all been sent off.</summary>
    public event Action? BurstStarted;

    private long _commands, _refusals, _failures, _finished;

    /// <summary>Commands the servers carried out.</summary>
    public long Commands => Interlocked.Read(ref _commands);
    /// <summary>Commands refused with a reason (a lost race, a state moved on): expected under load.</summary>
    public long Refusals => Interlocked.Read(ref _refusals);
    /// <summary>Commands and reads that got no answer (a server or Redis down).</summary>
    public long Failures => Interlocked.Read(ref _failures);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _recentFailures = new();

    /// <summary>The last few failures, to say why a load made little progress.</summary>
    public IReadOnlyList<string> RecentFailures => _recentFailures.ToArray();

    private void Fail(Exception e)
    {
        Interlocked.Increment(ref _failures);
        _recentFailures.Enqueue($"{e.GetType().Name}: {e.Message}");
        while (_recentFailures.Count > 5) _recentFailures.TryDequeue(out _);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _carried = new();

    /// <summary>Commands the servers carried out, by verb (the last part of the path: assign, reassign, offer-parallel, …).</summary>
    public IReadOnlyDictionary<string, long> Carried => _carried;

    /// <summary>Missions that reached an end.</summary>
    public long Finished => Interlocked.Read(ref _finished);

    /// <summary>One burst: read every mission, then send every vehicle's next command concurrently.</summary>
    public async Task BurstAsync(CancellationToken ct)
    {
        var fleet = await TryAsync(() => GetAsync("/api/fleet/vehicles", _cast.Dispatcher, ct));
        var statuses = fleet?.AsArray().ToDictionary(v => v!["id"]!.GetValue<string>(), v => v!["status"]!.GetValue<string>()) ?? [];
        // Each lane reads its own mission; the reads go out together, the commands only once all are decided.
        var decided = await Task.WhenAll(_lanes.Select(lane => TryAsync(() => NextAsync(lane, statuses.GetValueOrDefault(lane.VehicleId), ct))));
        var commands = decided.OfType<Func<Task>>().ToList();
        var sent = commands.Select(c => Task.Run(async () =>
        {
            try
            {
                await c();
                Interlocked.Increment(ref _commands);
            }
            catch (Exception e) when (e is Refused)
            {
                Interlocked.Increment(ref _refusals);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                Fail(e);
            }
        }, ct)).ToList();
        BurstStarted?.Invoke();
        await Task.WhenAll(sent);
    }

    // ---- deciding each vehicle's next command from what the server stored --------------------------------------

    private async Task<Func<Task>?> NextAsync(Lane lane, string? vehicleStatus, CancellationToken ct)
    {
        if (lane.CallId is { } callId)
        {
            var call = await GetAsync($"/api/calls/{callId}", _cast.Dispatcher, ct);
            if (call is null) { lane.CallId = null; return null; }
            if (call["referralId"]?.GetValue<string>() is { } referred && lane.ReferralId != referred)
            {
                lane.ReferralId = referred;
                return null;
            }
            if (lane.ReferralId is null) return NextForCall(lane, call);
        }
        if (lane.ReferralId is { } referralId)
        {
            var referral = (await GetAsync($"/api/referrals/{referralId}", _cast.Dispatcher, ct))?["referral"];
            if (referral is null) { lane.ReferralId = null; return null; }
            return NextForReferral(lane, referral);
        }
        if (vehicleStatus is "returning" or "atHospital") return () => HubAsync(lane, "ReturnToService");
        if (vehicleStatus is not "available") return null;
        return StartMission(lane);
    }

    private Func<Task> StartMission(Lane lane)
    {
        if (lane.VehicleId.StartsWith("ne-", StringComparison.Ordinal))
            return async () => lane.CallId = await CreateCallAsync("transport", 4);
        if (_random.NextDouble() < 0.55)
            return async () => lane.CallId = await CreateCallAsync("emergency", 1 + _random.Next(3));
        return async () =>
        {
            var created = await PostAsync("/api/referrals", _cast.Doctor, new
            {
                patient = new
                {
                    age = 70, sex = "female", tier = "red", condition = "Fault drill",
                    vitals = new { spO2 = 90, heartRate = 110, systolicBp = 95, diastolicBp = 60, respiratoryRate = 22, consciousness = "alert" },
                },
                requiredCapabilities = new[] { "icu" }, priority = 2, requestingFacilityId = "g-01", accompanyingStaff = Array.Empty<object>(),
            });
            lane.ReferralId = created["referral"]!["id"]!.GetValue<string>();
        };
    }

    private async Task<string> CreateCallAsync(string kind, int priority)
    {
        var created = await PostAsync("/api/calls", _cast.Dispatcher, new
        {
            kind, lon = 104.06 + _random.NextDouble() * 0.03, lat = 30.66 + _random.NextDouble() * 0.02, chiefComplaint = "Fault drill", priority,
        });
        return created["id"]!.GetValue<string>();
    }

    private Func<Task>? NextForCall(Lane lane, JsonNode call)
    {
        var id = lane.CallId!;
        var emergency = call["kind"]!.GetValue<string>() == "emergency";
        double roll = _random.NextDouble();
        Func<Task> Cancel() => () => PostAsync($"/api/calls/{id}/cancel", _cast.Dispatcher, new { reason = "Fault drill: caller withdrew" });
        Func<Task> Milestone(string m) => () => HubAsync(lane, "ReportMilestone", id, m);
        Func<Task> Reassign(string vehicleId) => () => SendConfirmingGapAsync($"/api/calls/{id}/reassign",
            zone => new { vehicleId, reason = "Fault drill: vehicle swapped", confirmCoverageGap = zone });
        switch (call["status"]!.GetValue<string>())
        {
            case "queued":
                return roll < 0.1 ? Cancel() : () => SendConfirmingGapAsync($"/api/calls/{id}/assign", zone => new { vehicleId = lane.VehicleId, confirmCoverageGap = zone });
            case "dispatched" or "enRoute" when call["vehicleId"]?.GetValue<string>() != lane.VehicleId:
                // On the spare: the lane's own vehicle takes the call back.
                return roll < 0.15 ? Cancel() : Reassign(lane.VehicleId);
            case "dispatched" when roll >= 0.15 && roll < 0.3:
                return Reassign(emergency ? Spares[_random.Next(2)] : "ne-03");
            case "dispatched": return roll < 0.15 ? Cancel() : Milestone("enRoute");
            case "enRoute": return roll < 0.15 ? Cancel() : Milestone("onScene");
            case "onScene":
                if (emergency && roll < 0.35)
                    return () => PostAsync($"/api/calls/{id}/referral", _cast.Dispatcher, new
                    {
                        patient = new { age = 60, sex = "male", tier = "red", condition = "Fault drill: STEMI on scene",
                            vitals = new { spO2 = 93, heartRate = 110, systolicBp = 95, diastolicBp = 60, respiratoryRate = 22, consciousness = "alert" } },
                        requiredCapabilities = new[] { "pci" }, priority = 1,
                    });
                return roll < 0.45 ? Cancel() : Milestone("transporting");
            case "transporting": return Milestone("atHospital");
            case "atHospital": return Milestone(roll < 0.5 ? "returning" : "available");
            default:
                lane.CallId = null;
                Interlocked.Increment(ref _finished);
                return null;
        }
    }

    private Func<Task>? NextForReferral(Lane lane, JsonNode referral)
    {
        var id = lane.ReferralId!;
        double roll = _random.NextDouble();
        Func<Task> As(string token, string verb, object? body = null) => () => PostAsync($"/api/referrals/{id}/{verb}", token, body);
        // The requesting doctor cancels; a referral raised from a 120 call is the emergency centre's to cancel.
        var fromScene = referral["request"]?["requestingFacilityId"]?.GetValue<string>() == "120";
        Func<Task> Cancel() => As(fromScene ? _cast.Dispatcher : _cast.Doctor, "cancel", new { reason = "Fault drill: no longer needed" });
        var mine = referral["vehicleId"]?.GetValue<string>() == lane.VehicleId;
        switch (referral["state"]!.GetValue<string>())
        {
            case "requested" or "declined" or "escalated" or "matching":
                // The drill's hospital fills up with held beds; the dispatcher offers anyway, having seen the warning.
                return roll < 0.1 ? Cancel()
                    : roll < 0.3 ? As(_cast.Dispatcher, "offer-parallel", new { count = 2 })
                    : As(_cast.Dispatcher, "offer", new { hospitalId = _cast.HospitalId, confirmed = true });
            case "offered" when !OfferedTo(referral, _cast.HospitalId):
                // A parallel round that left out the drill's hospital: the dispatcher adds it by hand.
                return roll < 0.1 ? Cancel() : As(_cast.Dispatcher, "offer", new { hospitalId = _cast.HospitalId, confirmed = true });
            case "offered":
                return roll < 0.1 ? Cancel() : roll < 0.3 ? As(_cast.Hospital, "decline", new { reason = "Fault drill: no bed" }) : As(_cast.Hospital, "accept", new { confirmed = true });
            case "accepted":
                return () => SendConfirmingGapAsync($"/api/referrals/{id}/assign-vehicle", zone => new { vehicleId = lane.VehicleId, confirmCoverageGap = zone });
            case "vehicleAssigned": return roll < 0.15 ? Cancel() : As(lane.Token, "en-route");
            case "enRouteToPatient":
                if (roll < 0.1) return Cancel();
                return referral["timeline"]?["atPatientAt"] is null ? As(lane.Token, "on-scene") : As(lane.Token, "on-board");
            case "inTransfer": return As(lane.Token, "arrived");
            case "arrivedAtHospital": return As(_cast.Hospital, "handover");
            default:
                // Ended: a referral raised from a call gives the call back its ambulance; otherwise the mission is over.
                lane.ReferralId = null;
                if (!mine || referral["callId"] is null) lane.CallId = null;
                Interlocked.Increment(ref _finished);
                return null;
        }
    }

    // Ambulances no lane drives, taken for a moment when a lane's vehicle is swapped out.
    private static readonly string[] Spares = ["amb-04", "amb-11"];

    private static bool OfferedTo(JsonNode referral, string hospitalId) =>
        referral["offeredHospitalId"]?.GetValue<string>() == hospitalId
        || (referral["parallelOfferedHospitalIds"]?.AsArray().Any(h => h?.GetValue<string>() == hospitalId) ?? false);

    // A township's last ambulance is sent out of it only with the gap confirmed, as a dispatcher would after the warning;
    // this holds for a call's ambulance, its replacement and a referral's ambulance alike.
    private async Task SendConfirmingGapAsync(string path, Func<string?, object> body)
    {
        try
        {
            await PostAsync(path, _cast.Dispatcher, body(null));
        }
        catch (Refused e) when (e.Message.Contains("coverageGap", StringComparison.Ordinal))
        {
            var zone = JsonNode.Parse(e.Message)?["gap"]?["zoneId"]?.GetValue<string>();
            await PostAsync(path, _cast.Dispatcher, body(zone));
        }
    }

    // ---- talking to the servers ---------------------------------------------------------------------------------

    private string Server() => _servers[Interlocked.Increment(ref _next) % _servers.Count];

    private async Task<JsonNode?> GetAsync(string path, string token, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Server() + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await SendAsync(request, ct);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(ct));
    }

    private async Task<JsonNode> PostAsync(string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Server() + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var response = await SendAsync(request, CancellationToken.None);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode is >= 400 and < 500) throw new Refused(text);
        response.EnsureSuccessStatusCode();
        _carried.AddOrUpdate(path[(path.LastIndexOf('/') + 1)..], 1, (_, n) => n + 1);
        return JsonNode.Parse(text)!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, ct);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"{request.Method} {request.RequestUri} got no answer in time.");
        }
    }

    private async Task HubAsync(Lane lane, string method, params object[] args)
    {
        if (lane.Hub is not { State: HubConnectionState.Connected })
        {
            if (lane.Hub is not null) await lane.Hub.DisposeAsync();
            lane.Hub = new HubConnectionBuilder()
                .WithUrl(lane.Server + "/hubs/dispatch", o => o.AccessTokenProvider = () => Task.FromResult<string?>(lane.Token))
                .Build();
            using var start = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await lane.Hub.StartAsync(start.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The hub at {lane.Server} did not connect in time.");
            }
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(4));
        try
        {
            await lane.Hub.InvokeCoreAsync(method, typeof(JsonElement), args, timeout.Token);
        }
        catch (Microsoft.AspNetCore.SignalR.HubException e)
        {
            throw new Refused(e.Message);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{method} at {lane.Server} got no answer in time.");
        }
    }

    private async Task<T?> TryAsync<T>(Func<Task<T?>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException or JsonException or Refused or InvalidOperationException)
        {
            Fail(e);
            return default;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
            if (lane.Hub is not null) await lane.Hub.DisposeAsync();
        _http.Dispose();
    }

    private sealed class Lane(string vehicleId, string server, string token)
    {
        public string VehicleId { get; } = vehicleId;
        public string Server { get; } = server;
        public string Token { get; } = token;
        public string? CallId { get; set; }
        public string? ReferralId { get; set; }
        public HubConnection? Hub { get; set; }
    }

    private sealed class Refused(string message) : Exception(message);
}
