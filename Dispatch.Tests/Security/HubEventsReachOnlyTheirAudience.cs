using System.Net.Http.Json;
using Dispatch.Server.Calls;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Referrals.Push;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static Dispatch.Tests.Security.Caller;

namespace Dispatch.Tests.Security;

/// <summary>
/// Pushes over the real hub reach only those who may see them: positions only dispatchers, a referral (and its patient)
/// only its facility, the hospital asked and the crew sent, a hospital's capacity only that hospital and dispatchers.
/// </summary>
public sealed class HubEventsReachOnlyTheirAudience
{
    private SecuredServer _s = null!;
    private readonly Dictionary<Caller, HubRecorder> _hear = new();
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [OneTimeSetUp]
    public async Task Start()
    {
        _s = await SecuredServer.StartAsync(new Dictionary<string, string> { ["Referrals:AutoMatch"] = "false" });
        foreach (var caller in CallerTokens.SignedIn)
            _hear[caller] = await HubRecorder.ConnectAsync(_s.Server.Hub(_s.Callers.Token(caller)!));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        foreach (var recorder in _hear.Values) await recorder.DisposeAsync();
        await _s.DisposeAsync();
    }

    private void AssertOnlyHeardBy(string text, params Caller[] audience)
    {
        Assert.Multiple(() =>
        {
            foreach (var (caller, recorder) in _hear.Where(h => !audience.Contains(h.Key)))
                Assert.That(recorder.Mentions(text), Is.Empty, $"{caller} heard about {text}");
        });
    }

    [Test]
    public async Task Positions_go_to_dispatchers_only()
    {
        var stored = await _hear[VehicleV2].Connection.InvokeAsync<bool>("ReportPosition",
            new { lon = 104.0712, lat = 30.6633, timestamp = DateTimeOffset.UtcNow });
        Assert.That(stored, Is.True);
        await Poll.UntilAsync(() => _hear[Dispatcher].HeardAny(PositionBroadcaster.EventName, "amb-02"), Wait, "the dispatcher to see amb-02 move");
        await Poll.UntilAsync(() => _hear[Admin].HeardAny(PositionBroadcaster.EventName, "amb-02"), Wait, "the admin to see amb-02 move");
        Assert.That(_hear.Where(h => h.Key is not (Dispatcher or Admin)).SelectMany(h => h.Value.Heard).Where(e => e.Event == PositionBroadcaster.EventName),
            Is.Empty, "positions heard by someone who is not a dispatcher");
    }

    [Test]
    public async Task Coverage_goes_to_dispatchers_only()
    {
        // A township ambulance reporting changes what is covered, so a new picture is pushed.
        await using var township = _s.Server.Hub(await _s.Server.SignInAsync("device.amb-12", DemoAccounts.DevicePassword));
        await township.StartAsync();
        Assert.That(await township.InvokeAsync<bool>("ReportPosition", new { lon = 104.1128, lat = 30.6589, timestamp = DateTimeOffset.UtcNow }), Is.True);
        await Poll.UntilAsync(() => _hear[Dispatcher].HeardAny(Dispatch.Server.Coverage.Live.CoverageMonitor.ChangedEvent, "g-15"), Wait, "the dispatcher to get the coverage picture");
        await Poll.UntilAsync(() => _hear[Admin].HeardAny(Dispatch.Server.Coverage.Live.CoverageMonitor.ChangedEvent, "g-15"), Wait, "the admin to get it");
        Assert.That(_hear.Where(h => h.Key is not (Dispatcher or Admin)).SelectMany(h => h.Value.Heard).Where(e => e.Event == Dispatch.Server.Coverage.Live.CoverageMonitor.ChangedEvent),
            Is.Empty, "coverage heard by someone who is not a dispatcher");
    }

    [Test]
    public async Task A_referral_and_its_patient_reach_only_its_facility_the_hospital_asked_and_the_crew_sent()
    {
        var condition = "Haemoptysis " + Guid.NewGuid().ToString("N")[..8];
        var id = await new ReferralStager(_s.Callers, _s.Redis).StageAsync(3, condition);
        foreach (var caller in new[] { Dispatcher, Admin, DoctorA, HospitalH1, VehicleV1 })
            await Poll.UntilAsync(() => _hear[caller].HeardAny(HubReferralNotifier.Changed, id, "\"vehicleAssigned\""),
                Wait, $"{caller} to hear the referral reach vehicleAssigned");
        AssertOnlyHeardBy(id, Dispatcher, Admin, DoctorA, HospitalH1, VehicleV1);
        AssertOnlyHeardBy(condition, Dispatcher, Admin, DoctorA, HospitalH1, VehicleV1);
    }

    [Test]
    public async Task A_hospital_never_hears_an_offer_made_to_another()
    {
        var condition = "Eclampsia " + Guid.NewGuid().ToString("N")[..8];
        var id = await new ReferralStager(_s.Callers, _s.Redis).StageAsync(0, condition);
        using var dispatcher = _s.Callers.Client(Dispatcher);
        (await dispatcher.PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = ReferralStager.HospitalH2 })).EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => _hear[HospitalH2].HeardAny(HubReferralNotifier.Changed, id), Wait, "H2 to be offered");
        await Poll.UntilAsync(() => _hear[DoctorA].HeardAny(HubReferralNotifier.Changed, id, ReferralStager.HospitalH2), Wait, "doctor A to see the offer");
        AssertOnlyHeardBy(condition, Dispatcher, Admin, DoctorA, HospitalH2);
    }

    [Test]
    public async Task Capacity_changes_reach_dispatchers_and_that_hospital_only()
    {
        using var h1 = _s.Callers.Client(HospitalH1);
        (await h1.PutAsJsonAsync($"/api/facilities/hospitals/{ReferralStager.HospitalH1}/capacity", new { beds = new Dictionary<string, int> { ["icu"] = 7 } }))
            .EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => _hear[HospitalH1].HeardAny(HospitalBoard.HospitalChangedEvent, ReferralStager.HospitalH1), Wait, "H1 to hear its own change");
        await Poll.UntilAsync(() => _hear[Dispatcher].HeardAny(HospitalBoard.HospitalChangedEvent, ReferralStager.HospitalH1), Wait, "dispatchers to hear it");
        Assert.That(_hear[HospitalH2].Heard.Where(e => e.Event == HospitalBoard.HospitalChangedEvent), Is.Empty);
    }

    [Test]
    public async Task A_call_assignment_reaches_the_assigned_crew_and_not_another()
    {
        using var dispatcher = _s.Callers.Client(Dispatcher);
        var complaint = "Burns " + Guid.NewGuid().ToString("N")[..8];
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = complaint, priority = 2 });
        var callId = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        (await dispatcher.PostAsJsonAsync($"/api/calls/{callId}/assign", new { vehicleId = "amb-02" })).EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => _hear[VehicleV2].HeardAny(CallService.AssignmentEvent, callId), Wait, "V2 to receive its assignment");
        await Poll.UntilAsync(() => _hear[Dispatcher].HeardAny(VehicleStatusChanged.EventName, "amb-02"), Wait, "dispatchers to see V2 dispatched");
        AssertOnlyHeardBy(complaint, Dispatcher, Admin, VehicleV2);
    }

    [Test]
    public async Task A_register_alert_reaches_only_the_doctors_of_the_persons_facility()
    {
        var name = "警报" + Guid.NewGuid().ToString("N")[..6];
        using var doctor = _s.Callers.Client(DoctorA);
        var personId = await Registry.RegisterPeople.CreateAsync(doctor, name);
        (await doctor.PostAsJsonAsync($"/api/register/people/{personId}/contacts", Registry.RegisterPeople.Infected(DateTimeOffset.UtcNow))).EnsureSuccessStatusCode();
        await Poll.UntilAsync(() => _hear[DoctorA].HeardAny(Dispatch.Server.Registry.Alerts.RegisterAlerts.Event, personId, "referNow"), Wait,
            "doctor A to hear the refer-now alert");
        AssertOnlyHeardBy(personId, DoctorA);
        AssertOnlyHeardBy(name, DoctorA);
    }
}
