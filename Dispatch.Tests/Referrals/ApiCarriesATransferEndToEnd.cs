using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Tests.Infrastructure;
using Hl7.Fhir.Serialization;
using static Dispatch.Tests.Referrals.ReferralSamples;

namespace Dispatch.Tests.Referrals;

public sealed class ApiCarriesATransferEndToEnd : ReferralApiFixture
{
    private static async Task<JsonObject> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    [Test]
    public async Task Double_click_with_one_idempotency_key_creates_one_referral()
    {
        var doctor = Host.Client(Doctor);
        HttpRequestMessage Post()
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(Request(), options: ReferralJson.Options) };
            message.Headers.Add("Idempotency-Key", "dbl-" + TestContext.CurrentContext.Test.ID);
            return message;
        }

        var first = await doctor.SendAsync(Post());
        var second = await doctor.SendAsync(Post());

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(first.Headers.Location, Is.Not.Null);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await Ok(second))["referral"]!["id"]!.GetValue<string>(), Is.EqualTo((await Ok(first))["referral"]!["id"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Urgent_transfer_runs_from_request_to_hand_over_with_scoped_lists_timeline_and_fhir()
    {
        var created = await Ok(await Host.Client(Doctor).PostAsJsonAsync("/api/referrals", Request(Priority.Immediate), ReferralJson.Options));
        var id = created["referral"]!["id"]!.GetValue<string>();
        Assert.That(created["referral"]!["state"]!.GetValue<string>(), Is.EqualTo("offered"));
        Assert.That(created["referral"]!["offeredHospitalId"]!.GetValue<string>(), Is.EqualTo("hosp-a"));

        async Task<JsonObject> Post(Dispatch.Server.Referrals.Lifecycle.Actor who, string verb, object? body = null) =>
            await Ok(await Host.Client(who).PostAsJsonAsync($"/api/referrals/{id}/{verb}", body ?? new { }));

        // Priority 1: the ambulance leaves while hospital A is still deciding, and A declines.
        await Post(Dispatcher, "assign-vehicle", new { vehicleId = "amb-12" });
        await Post(Crew, "en-route");
        var declined = await Post(HospitalA, "decline", new { reason = "Cath lab occupied" });
        Assert.That(declined, Is.Not.Null);
        Assert.That((await Host.Client(HospitalA).GetAsync($"/api/referrals/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound),
            "a hospital that declined no longer sees the patient");

        var accepted = await Post(HospitalB, "accept");
        Assert.That(accepted["referral"]!["state"]!.GetValue<string>(), Is.EqualTo("enRouteToPatient"));
        Assert.That(accepted["permittedActions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.Empty, "nothing more for the hospital until arrival");

        await Post(Crew, "on-scene");
        await Post(Crew, "on-board");
        await Post(Crew, "arrived");
        var done = await Post(HospitalB, "handover");
        Assert.That(done["referral"]!["state"]!.GetValue<string>(), Is.EqualTo("handedOver"));
        Assert.That(done["durations"]!["totalTransferSeconds"], Is.Not.Null);

        async Task<int> Count(Dispatch.Server.Referrals.Lifecycle.Actor who) =>
            JsonNode.Parse(await (await Host.Client(who).GetAsync("/api/referrals")).Content.ReadAsStringAsync())!.AsArray()
                .Count(r => r!["id"]!.GetValue<string>() == id);
        Assert.Multiple(async () =>
        {
            Assert.That(await Count(Dispatcher), Is.EqualTo(1));
            Assert.That(await Count(Doctor), Is.EqualTo(1));
            Assert.That(await Count(HospitalB), Is.EqualTo(1));
            Assert.That(await Count(Crew), Is.EqualTo(1));
            Assert.That(await Count(HospitalA), Is.EqualTo(0));
            Assert.That(await Count(OtherDoctor), Is.EqualTo(0));
            Assert.That(await Count(OtherCrew), Is.EqualTo(0));
        });

        var timeline = await Ok(await Host.Client(Doctor).GetAsync($"/api/referrals/{id}/timeline"));
        var steps = timeline["transitions"]!.AsArray().Select(t => t!["transition"]!["action"]!.GetValue<string>()).ToList();
        Assert.That(steps, Is.EqualTo(new[]
        {
            "request", "match", "offerNext", "assignVehicle", "enRoute", "decline", "offerNext", "accept", "onScene", "onBoard", "arrive", "handOver",
        }));
        foreach (var stamp in new[] { "requestedAt", "firstOfferedAt", "acceptedAt", "unitNotifiedAt", "enRouteAt", "atPatientAt", "patientOnBoardAt", "arrivedAtDestinationAt", "transferOfCareAt" })
            Assert.That(timeline["timeline"]![stamp], Is.Not.Null, stamp);

        var fhir = await Host.Client(HospitalB).GetAsync($"/api/referrals/{id}/fhir");
        Assert.That(fhir.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/fhir+json"));
        var task = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.Task>(await fhir.Content.ReadAsStringAsync());
        Assert.That(task.Status, Is.EqualTo(Hl7.Fhir.Model.Task.TaskStatus.Completed));
    }
}
