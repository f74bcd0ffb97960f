using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Facilities;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Push;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

/// <summary>
/// The green channel through the real API and hub, with one-second offers: a priority-1 patient's first unanswered
/// offer reaches the dispatcher at once, parallel offers are withdrawn from the losers at once, every offer checks the
/// hospital as it is then, and an acceptance holds a bed that a cancellation gives back.
/// </summary>
public sealed class GreenChannelUnderPressure
{
    private RedisServer _redis = null!;
    private ReferralApiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _host = await ReferralApiHost.StartAsync(_redis, new Dictionary<string, string?>
        {
            ["Referrals:OfferTimeouts:Immediate"] = "00:00:01",
            ["Referrals:TimerPollInterval"] = "00:00:00.100",
        }, withBoard: true);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _host.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task A_priority_one_referral_alerts_the_dispatcher_within_a_second_of_its_first_timeout()
    {
        var alerts = new ConcurrentQueue<Heard<JsonElement>>();
        await using var dispatcher = _host.Hub(ReferralSamples.Dispatcher);
        dispatcher.On<JsonElement>(HubReferralNotifier.Alert, a => alerts.Enqueue(new(a, DateTimeOffset.UtcNow)));
        await dispatcher.StartJoinedAsync();

        var referral = await CreateAsync(Priority.Immediate);
        var expires = referral["offerExpiresAt"]!.GetValue<DateTimeOffset>();
        var id = referral["id"]!.GetValue<string>();

        var (alert, at) = await Poll.UntilAsync(() => Task.FromResult(alerts.FirstOrDefault(a => a.Value.GetProperty("referralId").GetString() == id)),
            TimeSpan.FromSeconds(10), "the dispatcher's alert");
        var tried = alert.GetProperty("tried").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(at - expires, Is.LessThan(TimeSpan.FromSeconds(1)), "alerted within a second of the first timeout");
            Assert.That(alert.GetProperty("kind").GetString(), Is.EqualTo("offerTimedOut"));
            Assert.That(tried.Select(t => t.GetProperty("hospitalId").GetString()), Is.EqualTo(new[] { "hosp-a" }));
            Assert.That(alert.GetProperty("waitedSeconds").GetDouble(), Is.GreaterThanOrEqualTo(1));
            Assert.That(alert.GetProperty("referral").GetProperty("condition").GetString(), Does.Contain("STEMI"));
        });
    }

    [Test]
    public async Task A_priority_two_green_tier_timeout_does_not_alert_before_the_candidates_run_out()
    {
        var alerts = new ConcurrentQueue<JsonElement>();
        await using var dispatcher = _host.Hub(ReferralSamples.Dispatcher);
        dispatcher.On<JsonElement>(HubReferralNotifier.Alert, a => alerts.Enqueue(a));
        await dispatcher.StartJoinedAsync();

        var request = Request(Priority.VeryUrgent) with { Patient = Request().Patient with { Tier = Tier.Green } };
        var id = (await PostAsync(request))["id"]!.GetValue<string>();
        await Client(HospitalA).PostAsJsonAsync($"/api/referrals/{id}/decline", new { reason = "noBed" });
        // The refusal is stored and pushed before the answer returns; an alert, had there been one, was sent with it.
        var referral = await Client(ReferralSamples.Dispatcher).GetFromJsonAsync<JsonObject>($"/api/referrals/{id}");
        Assert.That(referral!["referral"]!["offeredHospitalId"]!.GetValue<string>(), Is.EqualTo("hosp-b"));
        Assert.That(alerts.Where(a => a.GetProperty("referralId").GetString() == id), Is.Empty);
    }

    [Test]
    public async Task Parallel_offers_are_withdrawn_from_the_others_within_a_second_of_the_first_acceptance()
    {
        var withdrawn = new ConcurrentQueue<Heard<ReferralWithdrawn>>();
        await using var hospitalB = _host.Hub(HospitalB);
        hospitalB.On<ReferralWithdrawn>(HubReferralNotifier.Withdrawn, w => withdrawn.Enqueue(new(w, DateTimeOffset.UtcNow)));
        await hospitalB.StartJoinedAsync();

        var id = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();
        var parallel = await Client(ReferralSamples.Dispatcher).PostAsJsonAsync($"/api/referrals/{id}/offer-parallel", new { count = 2 });
        Assert.That(parallel.StatusCode, Is.EqualTo(HttpStatusCode.OK), await parallel.Content.ReadAsStringAsync());
        var fhir = await Client(HospitalB).GetStringAsync($"/api/referrals/{id}/fhir");
        Assert.That(fhir, Does.Contain("OfferedInParallel"), "hospital B sees the referral while it holds the offer");

        var accepted = await Client(HospitalA).PostAsync($"/api/referrals/{id}/accept", null);
        var acceptedAt = DateTimeOffset.UtcNow;
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var (w, at) = await Poll.UntilAsync(() => Task.FromResult(withdrawn.FirstOrDefault(x => x.Value.Id == id)),
            TimeSpan.FromSeconds(5), "hospital B's withdrawal");
        var late = await Client(HospitalB).PostAsync($"/api/referrals/{id}/accept", null);
        Assert.Multiple(() =>
        {
            Assert.That(w.Reason, Is.EqualTo(WithdrawalReason.AcceptedElsewhere));
            Assert.That(at - acceptedAt, Is.LessThan(TimeSpan.FromSeconds(1)));
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "the loser is told another hospital came first");
        });
    }

    [Test]
    public async Task A_hospital_that_goes_on_diversion_after_the_ranking_is_never_offered_the_patient()
    {
        var id = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();
        await using var _ = await DivertAsync("hosp-b");

        var declined = await Client(HospitalA).PostAsJsonAsync($"/api/referrals/{id}/decline", new { reason = "noBed" });
        var referral = JsonNode.Parse(await declined.Content.ReadAsStringAsync())!["referral"]!;
        var audit = await _host.Services.GetRequiredService<ReferralStore>().ReadAuditAsync(id);
        var skipped = referral["exclusions"]!.AsArray().Single(e => e!["hospitalId"]!.GetValue<string>() == "hosp-b")!;
        Assert.Multiple(() =>
        {
            Assert.That(referral["state"]!.GetValue<string>(), Is.EqualTo("escalated"));
            Assert.That(referral["offeredHospitalId"], Is.Null);
            Assert.That(skipped["reason"]!.GetValue<string>(), Is.EqualTo("onDiversion"));
            Assert.That(skipped["skippedAt"], Is.Not.Null);
            Assert.That(audit.Count(e => e.Transition.To == ReferralState.Offered), Is.EqualTo(1), "only hospital A was ever offered");
        });
    }

    [Test]
    public async Task A_dispatcher_may_override_to_a_diverted_hospital_only_after_a_warning_naming_why()
    {
        var id = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();
        await using var _ = await DivertAsync("hosp-b");

        var warned = await Client(ReferralSamples.Dispatcher).PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = "hosp-b" });
        var problem = JsonNode.Parse(await warned.Content.ReadAsStringAsync())!;
        Assert.That(warned.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem["code"]!.GetValue<string>(), Is.EqualTo("hospital-check-failed"));
        Assert.That(problem["exclusion"]!["reason"]!.GetValue<string>(), Is.EqualTo("onDiversion"));

        var confirmed = await Client(ReferralSamples.Dispatcher).PostAsJsonAsync($"/api/referrals/{id}/offer", new { hospitalId = "hosp-b", confirmed = true });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var audit = await _host.Services.GetRequiredService<ReferralStore>().ReadAuditAsync(id);
        Assert.That(audit[^1].Transition.Reason, Does.Contain("onDiversion"), "the audit says the dispatcher overrode the diversion");
    }

    [Test]
    public async Task Accepting_holds_one_bed_of_the_needed_capability_and_cancelling_gives_it_back()
    {
        var board = _host.Services.GetRequiredService<HospitalBoard>();
        var before = (await board.FindAsync("hosp-a"))!.FreeBeds(Capabilities.Pci);
        var id = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();

        var accepted = await Client(HospitalA).PostAsync($"/api/referrals/{id}/accept", null);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var held = (await board.FindAsync("hosp-a"))!;
        Assert.Multiple(() =>
        {
            Assert.That(held.BedsHeld[Capabilities.Pci], Is.EqualTo(1));
            Assert.That(held.FreeBeds(Capabilities.Pci), Is.EqualTo(before - 1));
        });

        var cancelled = await Client(Doctor).PostAsJsonAsync($"/api/referrals/{id}/cancel", new { reason = "Patient improved" });
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var released = (await board.FindAsync("hosp-a"))!;
        var stored = JsonNode.Parse(await cancelled.Content.ReadAsStringAsync())!["referral"]!["reservedBed"]!;
        Assert.Multiple(() =>
        {
            Assert.That(released.BedsHeld.GetValueOrDefault(Capabilities.Pci), Is.Zero);
            Assert.That(released.FreeBeds(Capabilities.Pci), Is.EqualTo(before));
            Assert.That(stored["releasedAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task A_hospital_whose_last_bed_is_held_is_skipped_at_its_turn()
    {
        var board = _host.Services.GetRequiredService<HospitalBoard>();
        await board.UpdateAsync("hosp-b", new CapacityUpdate(new Dictionary<string, int> { [Capabilities.Pci] = 1 }, null), "b.desk");
        try
        {
            // The first patient takes hospital B's only PCI bed.
            var first = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();
            await Client(HospitalA).PostAsJsonAsync($"/api/referrals/{first}/decline", new { reason = "noBed" });
            Assert.That((await Client(HospitalB).PostAsync($"/api/referrals/{first}/accept", null)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

            var second = (await CreateAsync(Priority.VeryUrgent))["id"]!.GetValue<string>();
            var declined = await Client(HospitalA).PostAsJsonAsync($"/api/referrals/{second}/decline", new { reason = "noBed" });
            var referral = JsonNode.Parse(await declined.Content.ReadAsStringAsync())!["referral"]!;
            Assert.That(referral["state"]!.GetValue<string>(), Is.EqualTo("escalated"));
            Assert.That(referral["exclusions"]!.AsArray().Any(e => e!["hospitalId"]!.GetValue<string>() == "hosp-b" && e["reason"]!.GetValue<string>() == "noBeds"));
            await Client(Doctor).PostAsJsonAsync($"/api/referrals/{first}/cancel", new { reason = "test over" });
        }
        finally
        {
            await board.UpdateAsync("hosp-b", new CapacityUpdate(new Dictionary<string, int> { [Capabilities.Pci] = 4 }, null), "b.desk");
        }
    }

    private async Task<IAsyncDisposable> DivertAsync(string hospitalId)
    {
        var board = _host.Services.GetRequiredService<HospitalBoard>();
        await board.UpdateAsync(hospitalId, new CapacityUpdate(null, true), "test");
        return new Undo(async () => await board.UpdateAsync(hospitalId, new CapacityUpdate(null, false), "test"));
    }

    /// <summary>A hub message and when this test heard it.</summary>
    private sealed record Heard<T>(T Value, DateTimeOffset At);

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }

    private HttpClient Client(Actor actor) => _host.Client(actor);

    private Task<JsonNode> CreateAsync(Priority priority) => PostAsync(Request(priority));

    private async Task<JsonNode> PostAsync(GreenChannelRequest request)
    {
        var response = await Client(Doctor).PostAsJsonAsync("/api/referrals", request, ReferralJson.Options);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["referral"]!;
    }
}
