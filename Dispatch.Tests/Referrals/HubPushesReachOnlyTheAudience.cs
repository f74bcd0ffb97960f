using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class HubPushesReachOnlyTheAudience : ReferralApiFixture
{
    private sealed class Listener(HubConnection connection) : IAsyncDisposable
    {
        public ConcurrentQueue<ReferralSummary> Changed { get; } = new();
        public ConcurrentQueue<ReferralWithdrawn> Withdrawn { get; } = new();
        public ConcurrentQueue<ReferralSummary> Escalated { get; } = new();

        public static async Task<Listener> ConnectAsync(ReferralApiHost host, Actor actor)
        {
            var listener = new Listener(host.Hub(actor));
            listener.Connection.On<ReferralSummary>(HubReferralNotifier.Changed, s => listener.Changed.Enqueue(s));
            listener.Connection.On<ReferralWithdrawn>(HubReferralNotifier.Withdrawn, w => listener.Withdrawn.Enqueue(w));
            listener.Connection.On<ReferralSummary>(HubReferralNotifier.Escalated, s => listener.Escalated.Enqueue(s));
            await listener.Connection.StartJoinedAsync();
            return listener;
        }

        public HubConnection Connection { get; } = connection;

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }

    [Test]
    public async Task Dispatchers_the_facility_the_offered_hospital_and_the_vehicle_hear_and_nobody_else()
    {
        await using var dispatcher = await Listener.ConnectAsync(Host, Dispatcher);
        await using var doctor = await Listener.ConnectAsync(Host, Doctor);
        await using var otherDoctor = await Listener.ConnectAsync(Host, OtherDoctor);
        await using var hospitalA = await Listener.ConnectAsync(Host, HospitalA);
        await using var hospitalB = await Listener.ConnectAsync(Host, HospitalB);
        await using var crew = await Listener.ConnectAsync(Host, Crew);
        await using var otherCrew = await Listener.ConnectAsync(Host, OtherCrew);

        var created = await Host.Client(Doctor).PostAsJsonAsync("/api/referrals", Request(), ReferralJson.Options);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["referral"]!["id"]!.GetValue<string>();
        var wait = TimeSpan.FromSeconds(10);

        await Poll.UntilAsync(() => hospitalA.Changed.Any(s => s.Id == id && s.State == ReferralState.Offered), wait, "hospital A to be offered");
        await Host.Client(HospitalA).PostAsJsonAsync($"/api/referrals/{id}/decline", new { reason = "No ICU bed" });
        await Poll.UntilAsync(() => hospitalA.Withdrawn.Any(w => w.Id == id), wait, "hospital A to be told the offer moved on");
        await Poll.UntilAsync(() => hospitalB.Changed.Any(s => s.Id == id && s.OfferedHospitalId == "hosp-b"), wait, "hospital B to be offered");

        await Host.Client(HospitalB).PostAsync($"/api/referrals/{id}/accept", null);
        await Host.Client(Dispatcher).PostAsJsonAsync($"/api/referrals/{id}/assign-vehicle", new { vehicleId = "amb-12" });
        await Poll.UntilAsync(() => crew.Changed.Any(s => s.Id == id && s.State == ReferralState.VehicleAssigned), wait, "the crew to be notified");
        await Poll.UntilAsync(() => dispatcher.Changed.Any(s => s.Id == id && s.State == ReferralState.VehicleAssigned), wait, "dispatchers to see the assignment");
        await Poll.UntilAsync(() => doctor.Changed.Any(s => s.Id == id && s.State == ReferralState.VehicleAssigned), wait, "the doctor to see the assignment");
        await Poll.UntilAsync(() => hospitalB.Changed.Any(s => s.Id == id && s.State == ReferralState.VehicleAssigned), wait, "hospital B to see the assignment");

        Assert.Multiple(() =>
        {
            Assert.That(otherDoctor.Changed, Is.Empty, "another facility's doctors");
            Assert.That(otherCrew.Changed, Is.Empty, "an unassigned vehicle");
            Assert.That(hospitalB.Changed.First().OfferedHospitalId, Is.EqualTo("hosp-b"), "hospital B heard nothing before its offer");
            Assert.That(hospitalA.Changed.Select(s => s.OfferedHospitalId), Is.All.EqualTo("hosp-a"), "hospital A heard nothing after the offer moved on");
            Assert.That(crew.Changed.First().VehicleId, Is.EqualTo("amb-12"), "the crew heard nothing before assignment");
        });
    }

    [Test]
    public async Task Every_dispatcher_is_alerted_when_no_hospital_is_left()
    {
        await using var dispatcher1 = await Listener.ConnectAsync(Host, Dispatcher);
        await using var dispatcher2 = await Listener.ConnectAsync(Host, Actor.Dispatcher("disp.sun"));
        await using var hospitalA = await Listener.ConnectAsync(Host, HospitalA);

        // Obstetrics only at hosp-c; once it declines nobody is left.
        var request = Request() with { RequiredCapabilities = [Dispatch.Server.Referrals.Requests.Capability.Obstetrics] };
        var created = await Host.Client(Doctor).PostAsJsonAsync("/api/referrals", request, ReferralJson.Options);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["referral"]!["id"]!.GetValue<string>();
        await Host.Client(HospitalC).PostAsJsonAsync($"/api/referrals/{id}/decline", new { reason = "Delivery suite full" });

        var wait = TimeSpan.FromSeconds(10);
        await Poll.UntilAsync(() => dispatcher1.Escalated.Any(s => s.Id == id), wait, "dispatcher 1 to be alerted");
        await Poll.UntilAsync(() => dispatcher2.Escalated.Any(s => s.Id == id), wait, "dispatcher 2 to be alerted");
        Assert.That(hospitalA.Changed.Where(s => s.Id == id), Is.Empty);
    }
}
