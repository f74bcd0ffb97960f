using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Dispatch.Server.Referrals.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Dispatch.Server.Oversight;

/// <summary>What a dispatcher's console is told when a timer runs out; the console words it from the code.</summary>
public sealed record OverdueAlert(
    OverdueKind Kind, OverdueKind Code, MissionCase CaseKind, string CaseId, string CaseNumber, string VehicleId, string CallSign,
    DateTimeOffset Since, double LimitSeconds, string? ReferralId, string? CallId, string? CallSignEn = null)
{
    /// <summary>Kept for consoles that show only a message; the console words the alert from the code instead.</summary>
    public string Message => $"{System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(Code.ToString())} {CaseNumber} {CallSign}";
}

/// <summary>Which timer ran out.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Contract.WireEnumConverter<OverdueKind>))]
public enum OverdueKind
{
    /// <summary>The vehicle was not en route within the departure limit.</summary>
    DepartureOverdue,
    /// <summary>The crew has been with the patient past the on-scene limit.</summary>
    OnSceneOverdue,
}

/// <summary>
/// Watches every open mission: a vehicle assigned but not en route within the departure limit, or a crew with the
/// patient past the on-scene limit, raises one alert to the dispatchers. Each alert is claimed in Redis first, so
/// several instances raise it once between them, and a restart does not raise it again.
/// </summary>
public sealed class OverdueWatcher(
    CallStore calls, ReferralStore referrals, VehicleRegistry vehicles, IConnectionMultiplexer redis, IHubContext<DispatchHub> hub,
    IOptions<OversightOptions> options, TimeProvider clock, ILogger<OverdueWatcher> log) : BackgroundService
{
    public const string AlertEvent = nameof(Realtime.IDispatchClient.Alert);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, options.Value.CheckSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Overdue check failed; trying again at the next tick");
            }
        }
    }

    /// <returns>the alerts raised by this pass.</returns>
    public async Task<IReadOnlyList<OverdueAlert>> CheckAsync()
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var missions = (await OpenMissionsAsync()).ToList();
        var raised = new List<OverdueAlert>();
        foreach (var m in missions)
        {
            if (m.DepartureOverdue(now, o.DepartureLimit) && await ClaimAsync("departure", m, m.Dispatched))
                raised.Add(Alert(OverdueKind.DepartureOverdue, m, m.Dispatched, o.DepartureLimitSeconds));
            if (m.OnSceneOverdue(now, o.OnSceneLimit) && await ClaimAsync("on-scene", m, m.AtPatient!.Value))
                raised.Add(Alert(OverdueKind.OnSceneOverdue, m, m.AtPatient!.Value, o.OnSceneLimitSeconds));
        }
        foreach (var alert in raised) await hub.Clients.Group(HubGroups.Dispatchers).SendAsync(AlertEvent, alert);
        return raised;
    }

    /// <summary>Every timer overdue now, raised or not: what a console that opens later must still show.</summary>
    public async Task<IReadOnlyList<OverdueAlert>> CurrentAsync()
    {
        var now = clock.GetUtcNow();
        var o = options.Value;
        var current = new List<OverdueAlert>();
        foreach (var m in await OpenMissionsAsync())
        {
            if (m.DepartureOverdue(now, o.DepartureLimit)) current.Add(Alert(OverdueKind.DepartureOverdue, m, m.Dispatched, o.DepartureLimitSeconds));
            if (m.OnSceneOverdue(now, o.OnSceneLimit)) current.Add(Alert(OverdueKind.OnSceneOverdue, m, m.AtPatient!.Value, o.OnSceneLimitSeconds));
        }
        return current;
    }

    private async Task<IEnumerable<Mission>> OpenMissionsAsync()
    {
        var openCalls = await calls.OpenAsync();
        var openReferrals = await referrals.LoadManyAsync(await referrals.OpenIdsAsync());
        return openCalls.Select(Mission.Of).Concat(openReferrals.Select(Mission.Of)).OfType<Mission>().Where(m => m.Open);
    }

    // One key per timer of one vehicle's job: a reassigned vehicle starts a new clock and may raise its own alert.
    private async Task<bool> ClaimAsync(string timer, Mission m, DateTimeOffset since) =>
        await redis.GetDatabase().StringSetAsync($"dispatch:oversight:{timer}:{m.CaseId}:{m.VehicleId}:{since.ToUnixTimeMilliseconds()}", "1",
            TimeSpan.FromDays(1), When.NotExists);

    private OverdueAlert Alert(OverdueKind kind, Mission m, DateTimeOffset since, double limit) => new(
        kind, kind, m.CaseKind, m.CaseId, m.CaseNumber, m.VehicleId, vehicles.Find(m.VehicleId)?.CallSign ?? m.VehicleId, since, limit,
        m.CaseKind == MissionCase.Referral ? m.CaseId : null, m.CaseKind == MissionCase.Referral ? null : m.CaseId, vehicles.Find(m.VehicleId)?.CallSignEn);
}
