using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Fleet;

/// <summary>GET /api/fleet/vehicles/{id}/card: the call sign doctors and hospitals show instead of the vehicle id.</summary>
[TestFixture]
public sealed class VehicleCardsNameVehiclesWithoutTheirPosition : ServerFixture
{
    [TestCase(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword)]
    [TestCase(DemoAccounts.HospitalH1, DemoAccounts.HospitalPassword)]
    [TestCase(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword)]
    [TestCase(DemoAccounts.Admin, DemoAccounts.AdminPassword)]
    public async Task Doctors_hospitals_dispatchers_and_admins_read_a_vehicles_call_sign_and_equipment(string user, string password)
    {
        using var client = await SignedInAsync(user, password);
        var card = await client.GetFromJsonAsync<JsonElement>("/api/fleet/vehicles/amb-03/card");

        Assert.That(card.GetProperty("id").GetString(), Is.EqualTo("amb-03"));
        Assert.That(card.GetProperty("callSign").GetString(), Is.EqualTo("急救03"));
        Assert.That(card.GetProperty("kind").GetString(), Is.EqualTo("ambulance"));
        Assert.That(card.GetProperty("type").GetString(), Is.EqualTo("ALS"));
        Assert.That(card.GetProperty("equipment").EnumerateArray().Select(e => e.GetString()), Does.Contain("ventilator"));
    }

    [Test]
    public async Task A_card_never_tells_where_the_vehicle_is()
    {
        await using (var device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword)))
            Assert.That(await device.InvokeAsync<bool>("ReportPosition", new { lon = 104.08, lat = 30.67, timestamp = DateTimeOffset.UtcNow }), Is.True);
        using var doctor = await SignedInAsync(DemoAccounts.DoctorB, DemoAccounts.DoctorPassword);

        var card = await doctor.GetFromJsonAsync<JsonElement>($"/api/fleet/vehicles/{DemoAccounts.VehicleV1}/card");

        var fields = card.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(fields, Is.EquivalentTo(new[] { "id", "callSign", "callSignEn", "kind", "type", "equipment" }));
    }

    [Test]
    public async Task An_unknown_vehicle_is_404_and_a_vehicle_device_or_anonymous_caller_is_refused()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        using var device = await SignedInAsync(DemoAccounts.DeviceV2, DemoAccounts.DevicePassword);

        Assert.That((await doctor.GetAsync("/api/fleet/vehicles/no-such-van/card")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await device.GetAsync("/api/fleet/vehicles/amb-03/card")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Server.Http.GetAsync("/api/fleet/vehicles/amb-03/card")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
