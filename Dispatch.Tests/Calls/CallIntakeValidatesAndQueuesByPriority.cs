using System.Net;
using System.Net.Http.Json;
using Dispatch.Server.Calls;

namespace Dispatch.Tests.Calls;

[TestFixture]
public sealed class CallIntakeValidatesAndQueuesByPriority : CallsFixture
{
    [Test]
    public async Task A_valid_call_is_queued_with_its_received_time()
    {
        var call = await CreateAsync(EmergencyAt(priority: 2));
        Assert.Multiple(() =>
        {
            Assert.That(call.Status, Is.EqualTo(CallStatus.Queued));
            Assert.That(call.Id, Does.StartWith("C"));
            Assert.That(call.Timestamps.Received, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(call.TakenBy, Is.EqualTo("dispatcher"));
        });
    }

    [Test]
    public async Task Open_calls_list_the_most_urgent_first()
    {
        var low = await CreateAsync(EmergencyAt(priority: 4));
        var high = await CreateAsync(EmergencyAt(priority: 1));
        var open = (await Dispatcher.GetFromJsonAsync<Call[]>("/api/calls", Json))!.Select(c => c.Id).ToList();
        Assert.That(open.IndexOf(high.Id), Is.LessThan(open.IndexOf(low.Id)));
    }

    [Test]
    public async Task The_same_idempotency_key_records_one_call()
    {
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(EmergencyAt()) };
        first.Headers.Add("Idempotency-Key", "call-double-click-1");
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(EmergencyAt()) };
        second.Headers.Add("Idempotency-Key", "call-double-click-1");
        var a = await (await Dispatcher.SendAsync(first)).Content.ReadFromJsonAsync<Call>(Json);
        var b = await (await Dispatcher.SendAsync(second)).Content.ReadFromJsonAsync<Call>(Json);
        Assert.That(b!.Id, Is.EqualTo(a!.Id));
    }

    [TestCase("{\"lon\":104.07,\"lat\":30.67,\"priority\":1}", "chiefComplaint")]
    [TestCase("{\"lon\":104.07,\"lat\":30.67,\"chiefComplaint\":\"x\",\"priority\":9}", "priority")]
    [TestCase("{\"lon\":8.69,\"lat\":49.4,\"chiefComplaint\":\"x\",\"priority\":1}", "location")]
    [TestCase("{\"chiefComplaint\":\"x\",\"priority\":1}", "location")]
    [TestCase("{\"lon\":104.07,\"lat\":30.67,\"chiefComplaint\":\"x\",\"priority\":1,\"requiredEquipment\":[\"laser\"]}", "requiredEquipment")]
    [TestCase("{\"lon\":104.07,\"lat\":30.67,\"chiefComplaint\":\"x\",\"priority\":1,\"callerPhone\":\"call me\"}", "callerPhone")]
    [TestCase("{\"lon\":\"east\",\"lat\":30.67}", "")]
    [TestCase("[]", "")]
    public async Task A_bad_call_is_a_400_naming_the_field(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Dispatcher.PostAsync("/api/calls", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
    }

    [Test]
    public async Task A_doctor_cannot_record_an_emergency_call_but_can_request_a_transport()
    {
        using var doctor = Server.ClientWithToken(await Server.SignInAsync(Infrastructure.DemoAccounts.DoctorA, Infrastructure.DemoAccounts.DoctorPassword));
        using var emergency = await doctor.PostAsJsonAsync("/api/calls", EmergencyAt());
        Assert.That(emergency.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var transport = await CreateAsync(new { kind = "Transport", lon = 104.07, lat = 30.67, chiefComplaint = "透析患者往返", priority = 4, wheelchairNeeded = true }, doctor);
        Assert.That(transport.Kind, Is.EqualTo(CallKind.Transport));
    }
}
