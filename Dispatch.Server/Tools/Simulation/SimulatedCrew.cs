using System.Threading.Channels;
using Dispatch.Server.Calls;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Regions;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Simulation;

/// <param name="TimeFactor">How much faster than real time crews drive and wait (1 = real time; tests and demos use more).</param>
public sealed record CrewSettings(string Password, TimeSpan ReportInterval, TimeSpan SceneTime, TimeSpan HandoverTime, double RelocateChance, double TimeFactor = 1);

/// <summary>
/// One vehicle's device and crew: reports its position while it drives real road routes, and answers dispatches
/// the way a crew does — roll out, drive to the patient, on to the hospital, then back to the station.
/// </summary>
public sealed class SimulatedCrew(
    Vehicle vehicle, ServerApi api, string serverUrl, FacilityRegistry facilities, CrewSettings settings, ILogger log)
{
    private readonly Channel<object> _assignments = Channel.CreateUnbounded<object>();
    private readonly Random _random = new(vehicle.Id.GetHashCode());
    private HubConnection _hub = null!;
    private PositionFeed _positions = null!;
    private string _token = "";
    private GeoPoint _at = vehicle.Station;
    private volatile string? _cancelledCall;
    private volatile ReferredCall? _referredCall;
    // Set by a move-up: the crew waits at that post instead of wandering, until its next mission.
    private GeoPoint? _post;

    private string Profile => vehicle.Kind == VehicleKinds.Ambulance ? "ambulance" : "nonEmergency";

    public async Task RunAsync(CancellationToken ct)
    {
        _token = await api.SignInAsync($"device.{vehicle.Id}", settings.Password, ct);
        _hub = new HubConnectionBuilder()
            .WithUrl(serverUrl + "/hubs/dispatch", o => o.AccessTokenProvider = () => Task.FromResult<string?>(_token))
            .WithAutomaticReconnect(new ForeverRetry())
            .Build();
        _hub.On<Call>(CallService.AssignmentEvent, call => _assignments.Writer.TryWrite(call));
        _hub.On<ReferralNotice>("ReferralChanged", referral =>
        {
            if (referral.VehicleId == vehicle.Id && referral.State == "vehicleAssigned") _assignments.Writer.TryWrite(referral);
        });
        _hub.On<Call>(CallService.CallChangedEvent, call =>
        {
            if (call.Status == CallStatus.Cancelled) _cancelledCall = call.Id;
            if (call.VehicleId == vehicle.Id)
                _referredCall = call.ReferralId is { } referralId ? new ReferredCall(call.Id, referralId) : _referredCall?.CallId == call.Id ? null : _referredCall;
        });
        _hub.On<RelocationOrder>("Relocate", order => _assignments.Writer.TryWrite(order));
        _positions = new PositionFeed(_hub, log, vehicle.CallSign);
        _hub.Reconnected += async _ =>
        {
            // Pick the mission and the position stream up again after a network drop.
            await _positions.OpenAsync(ct);
            if (await _hub.InvokeAsync<Call?>("CurrentAssignment", ct) is { } current) _assignments.Writer.TryWrite(current);
            if (await _hub.InvokeAsync<RelocationOrder?>("CurrentRelocation", ct) is { } moving) _assignments.Writer.TryWrite(moving);
        };
        await _hub.StartAsync(ct);
        await _positions.OpenAsync(ct);
        if (await _hub.InvokeAsync<Call?>("CurrentAssignment", ct) is { } resumed) _assignments.Writer.TryWrite(resumed);
        if (await _hub.InvokeAsync<RelocationOrder?>("CurrentRelocation", ct) is { } relocating) _assignments.Writer.TryWrite(relocating);
        foreach (var id in await api.OpenReferralIdsAsync(_token, ct))
            _assignments.Writer.TryWrite(new ReferralNotice(id, "resume", null, null));

        while (!ct.IsCancellationRequested)
        {
            if (_assignments.Reader.TryRead(out var mission))
            {
                if (mission is RelocationOrder order) { await RelocateAsync(order, ct); continue; }
                _post = null;
                if (mission is Call call) await RunMissionAsync(call, ct);
                else if (mission is ReferralNotice referral) await RunReferralAsync(referral.Id, ct);
                continue;
            }
            if (_post is null && _random.NextDouble() < settings.RelocateChance)
                await DriveAsync(StandbyPoint(), interruptible: true, ct);   // dynamic standby: move to cover another area
            else
                await StandAsync(TimeSpan.FromSeconds(_random.Next(10, 30)), interruptible: true, ct);
        }
    }

    private async Task RunMissionAsync(Call call, CancellationToken ct)
    {
        _cancelledCall = null;
        log.LogInformation("{Vehicle} dispatched to {Call}", vehicle.CallSign, call.Id);
        try
        {
            if (call.Status == CallStatus.Dispatched)
            {
                await StandAsync(TimeSpan.FromSeconds(_random.Next(15, 60)), interruptible: false, ct);   // crew to the vehicle
                if (!await MilestoneAsync(call, VehicleStatus.EnRoute, ct)) return;
            }
            if (call.Status is CallStatus.Dispatched or CallStatus.EnRoute)
            {
                await DriveAsync(call.Location, interruptible: false, ct);
                if (!await MilestoneAsync(call, VehicleStatus.OnScene, ct)) return;
                await StandAsync(settings.SceneTime, interruptible: false, ct);
            }
            var destination = call.DestinationHospitalId is { } h && facilities.FindHospital(h) is { } hospital
                ? new GeoPoint(hospital.Lon, hospital.Lat)
                : call.Kind == CallKind.Emergency ? NearestHospital(call.Location) : vehicle.Station;
            if (call.Status is not (CallStatus.Transporting or CallStatus.AtHospital))
                if (!await MilestoneAsync(call, VehicleStatus.Transporting, ct)) return;
            await DriveAsync(destination, interruptible: false, ct);
            if (!await MilestoneAsync(call, VehicleStatus.AtHospital, ct)) return;
            await StandAsync(settings.HandoverTime, interruptible: false, ct);
            if (!await MilestoneAsync(call, VehicleStatus.Returning, ct)) return;
        }
        catch (CancelledMission)
        {
            log.LogInformation("{Vehicle}: call {Call} cancelled, returning", vehicle.CallSign, call.Id);
        }
        catch (ReferredMission referred)
        {
            // The emergency centre made the call a green-channel referral: carry on as its crew, from where we are.
            log.LogInformation("{Vehicle}: call {Call} became referral {Referral}", vehicle.CallSign, call.Id, referred.ReferralId);
            await RunReferralAsync(referred.ReferralId, ct);
            return;
        }
        await DriveAsync(vehicle.Station, interruptible: false, ct, ignoreCancel: true);
        try
        {
            await _hub.InvokeAsync<Call>("ReportMilestone", call.Id, nameof(VehicleStatus.Available), ct);
        }
        catch (HubException)
        {
            // Already stood down by dispatch (a cancelled call frees the vehicle).
        }
    }

    /// <summary>A green-channel transfer: to the requesting facility, patient on board, to the accepting hospital, hand-over, back.</summary>
    private async Task RunReferralAsync(string referralId, CancellationToken ct)
    {
        var state = await api.ReferralAsync(_token, referralId, ct);
        if (state is null || state.VehicleId != vehicle.Id) return;
        var facilityId = state.FacilityId;
        log.LogInformation("{Vehicle} assigned to referral {Referral} ({State})", vehicle.CallSign, referralId, state.State);

        if (state.State == "vehicleAssigned")
        {
            await StandAsync(TimeSpan.FromSeconds(_random.Next(15, 60)), interruptible: false, ct);
            if (!await api.ReferralCommandAsync(_token, referralId, "en-route", ct)) return;
            state = state with { State = "enRouteToPatient" };
        }
        if (state.State is "requested" or "matching" or "offered" or "declined" or "escalated")
        {
            // A referral raised from our 120 call: we are already sent, and hospitals are still being asked.
            await api.ReferralCommandAsync(_token, referralId, "en-route", ct);
            state = state with { State = "enRouteToPatient" };
        }
        if (state.State == "enRouteToPatient")
        {
            var pickup = state.Origin ?? (facilityId is not null && facilities.FindGrassroots(facilityId) is { } facility
                ? new GeoPoint(facility.Lon, facility.Lat)
                : null);
            if (pickup is not null) await DriveAsync(pickup, interruptible: false, ct, ignoreCancel: true);
            await api.ReferralCommandAsync(_token, referralId, "on-scene", ct);
            await StandAsync(settings.SceneTime, interruptible: false, ct);
            // The patient goes on board once a hospital has accepted (for the most urgent, it may still be being asked).
            var deadline = DateTime.UtcNow.AddMinutes(15);
            while (!await api.ReferralCommandAsync(_token, referralId, "on-board", ct))
            {
                state = await api.ReferralAsync(_token, referralId, ct);
                if (state is { State: "cancelled" or "failed" } && await _hub.InvokeAsync<Call?>("CurrentAssignment", ct) is { } call)
                {
                    // A referral raised from a 120 call fell through: the call has its ambulance and patient back.
                    _referredCall = null;
                    await RunMissionAsync(call, ct);
                    return;
                }
                if (state is null || state.State is "cancelled" or "failed" || DateTime.UtcNow > deadline) { await ReturnAsync(ct); return; }
                await StandAsync(TimeSpan.FromSeconds(5), interruptible: false, ct);
            }
            state = await api.ReferralAsync(_token, referralId, ct);
        }
        if (state is { State: "inTransfer", AcceptedHospitalId: { } hospitalId } && facilities.FindHospital(hospitalId) is { } hospital)
        {
            await DriveAsync(new GeoPoint(hospital.Lon, hospital.Lat), interruptible: false, ct, ignoreCancel: true);
            await api.ReferralCommandAsync(_token, referralId, "arrived", ct);
        }
        // Wait for the hospital to confirm the hand-over, then drive home.
        var handOverBy = DateTime.UtcNow.AddMinutes(10);
        while (DateTime.UtcNow < handOverBy && (await api.ReferralAsync(_token, referralId, ct))?.State is "arrivedAtHospital")
            await StandAsync(TimeSpan.FromSeconds(5), interruptible: false, ct);
        await ReturnAsync(ct);
    }

    private async Task ReturnAsync(CancellationToken ct)
    {
        await DriveAsync(vehicle.Station, interruptible: false, ct, ignoreCancel: true);
        try
        {
            await _hub.InvokeAsync<string>("ReturnToService", ct);
        }
        catch (HubException e)
        {
            log.LogInformation("{Vehicle}: back at station, status unchanged: {Reason}", vehicle.CallSign, e.Message);
        }
    }

    /// <summary>A move-up: drive the route to the standby post (a dispatch on the way comes first), report arrival, wait there.</summary>
    private async Task RelocateAsync(RelocationOrder order, CancellationToken ct)
    {
        log.LogInformation("{Vehicle} moving up to {Post}", vehicle.CallSign, order.PostName);
        var post = new GeoPoint(order.Lon, order.Lat);
        await DriveAsync(post, interruptible: true, ct, planned: order.Route is { Length: > 0 } line ? new ServerApi.PlannedRoute(order.Seconds, order.Meters, line) : null);
        if (_assignments.Reader.Count > 0 || Math.Abs(_at.Lon - post.Lon) + Math.Abs(_at.Lat - post.Lat) > 0.002) return;
        try
        {
            await _hub.InvokeAsync<string>("ArrivedAtPost", ct);
            _post = post;
        }
        catch (HubException e)
        {
            log.LogInformation("{Vehicle}: arrival at {Post} not taken: {Reason}", vehicle.CallSign, order.PostName, e.Message);
        }
    }

    private async Task<bool> MilestoneAsync(Call call, VehicleStatus milestone, CancellationToken ct)
    {
        if (_cancelledCall == call.Id) throw new CancelledMission();
        ThrowIfReferred(call);
        try
        {
            await _hub.InvokeAsync<Call>("ReportMilestone", call.Id, milestone.ToString(), ct);
            return true;
        }
        catch (HubException e)
        {
            log.LogWarning("{Vehicle}: {Milestone} refused: {Reason}", vehicle.CallSign, milestone, e.Message);
            if (_cancelledCall == call.Id) throw new CancelledMission();
            ThrowIfReferred(call);
            return false;
        }
    }

    private async Task StandAsync(TimeSpan duration, bool interruptible, CancellationToken ct)
    {
        var until = DateTime.UtcNow + duration / settings.TimeFactor;
        while (DateTime.UtcNow < until && !ct.IsCancellationRequested)
        {
            if (interruptible && _assignments.Reader.Count > 0) return;
            Report(_at.Lon, _at.Lat, 0, 0);
            await Task.Delay(settings.ReportInterval, ct);
        }
    }

    /// <param name="planned">a route the server already sent (a move-up); otherwise the device asks for one.</param>
    private async Task DriveAsync(GeoPoint to, bool interruptible, CancellationToken ct, bool ignoreCancel = false, ServerApi.PlannedRoute? planned = null)
    {
        var route = planned ?? await api.RouteAsync(_token, _at, to, Profile, ct);
        if (route is null || route.Coordinates.Length == 0)
        {
            await StandAsync(TimeSpan.FromSeconds(5), interruptible, ct);
            return;
        }
        var follower = new RouteFollower(route.Coordinates, route.Seconds);
        var started = DateTime.UtcNow;
        while (!ct.IsCancellationRequested)
        {
            if (interruptible && _assignments.Reader.Count > 0) return;
            if (!ignoreCancel && _cancelledCall is not null) throw new CancelledMission();
            var elapsed = (DateTime.UtcNow - started).TotalSeconds * settings.TimeFactor;
            var (lon, lat, heading, speed) = follower.At(elapsed);
            _at = new GeoPoint(lon, lat);
            Report(lon, lat, speed / settings.TimeFactor, heading);
            if (follower.IsFinished(elapsed)) return;
            await Task.Delay(settings.ReportInterval, ct);
        }
    }

    private void Report(double lon, double lat, double speed, double heading) =>
        _positions.Report(new PositionReport(lon, lat, DateTimeOffset.UtcNow, speed, heading % 360));

    private GeoPoint StandbyPoint()
    {
        var places = facilities.Hospitals.Select(h => new GeoPoint(h.Lon, h.Lat))
            .Concat(facilities.Grassroots.Select(g => new GeoPoint(g.Lon, g.Lat))).ToList();
        return _random.NextDouble() < 0.4 ? vehicle.Station : places[_random.Next(places.Count)];
    }

    private GeoPoint NearestHospital(GeoPoint from) => facilities.Hospitals
        .OrderBy(h => Math.Pow(h.Lon - from.Lon, 2) + Math.Pow(h.Lat - from.Lat, 2))
        .Select(h => new GeoPoint(h.Lon, h.Lat)).First();

    private sealed class CancelledMission : Exception;

    private void ThrowIfReferred(Call call)
    {
        if (_referredCall is { } referred && referred.CallId == call.Id) throw new ReferredMission(referred.ReferralId);
    }

    private sealed record ReferredCall(string CallId, string ReferralId);

    private sealed class ReferredMission(string referralId) : Exception
    {
        public string ReferralId { get; } = referralId;
    }

    private sealed record RelocationOrder(string VehicleId, string PostId, string PostName, double Lon, double Lat, double Seconds, double Meters, double[][]? Route);

    private sealed record ReferralNotice(string Id, string State, string? FacilityId, string? VehicleId);

    private sealed class ForeverRetry : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext context) => TimeSpan.FromSeconds(Math.Min(10, 1 + context.PreviousRetryCount));
    }
}
