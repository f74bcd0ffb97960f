using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using StackExchange.Redis;

namespace Dispatch.Tests.Fleet;

[TestFixture]
public sealed class PositionReportsReachRedisAndDispatchers : ServerFixture
{
    // Near 成都第三人民医院, inside the Chengdu demo region.
    private const double Lon = 104.0608;
    private const double Lat = 30.6707;

    [Test]
    public async Task A_report_is_stored_in_the_geo_set_and_last_seen_hash_and_pushed_to_dispatchers()
    {
        var received = new ConcurrentBag<VehiclePosition>();
        await using var dispatcher = Server.Hub(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        dispatcher.On<VehiclePosition[]>(PositionBroadcaster.EventName, batch => { foreach (var p in batch) received.Add(p); });
        await dispatcher.StartJoinedAsync();
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV2, DemoAccounts.DevicePassword));

        var at = DateTimeOffset.UtcNow;
        var stored = await device.InvokeAsync<bool>("ReportPosition", new PositionReport(Lon, Lat, at, 42, 90));

        Assert.That(stored, Is.True);
        var geo = await RedisClient.GetDatabase().GeoPositionAsync(FleetStore.GeoKey, DemoAccounts.VehicleV2);
        Assert.That(geo, Is.Not.Null);
        Assert.That(geo!.Value.Longitude, Is.EqualTo(Lon).Within(1e-5));
        Assert.That(geo.Value.Latitude, Is.EqualTo(Lat).Within(1e-5));
        var lastSeen = (string?)await RedisClient.GetDatabase().HashGetAsync(FleetStore.LastSeenKey, DemoAccounts.VehicleV2);
        Assert.That(lastSeen, Does.Contain("42"));

        await Poll.UntilAsync(() => received.Any(p => p.VehicleId == DemoAccounts.VehicleV2 && p.Timestamp == at), TimeSpan.FromSeconds(10), "the dispatcher to receive the position");
    }

    [Test]
    public async Task An_older_report_after_reconnecting_does_not_move_the_vehicle_back()
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));
        var now = DateTimeOffset.UtcNow;
        Assert.That(await device.InvokeAsync<bool>("ReportPosition", new PositionReport(Lon, Lat, now)), Is.True);
        await device.StopAsync();
        await device.StartJoinedAsync();
        var resentOld = await device.InvokeAsync<bool>("ReportPosition", new PositionReport(Lon + 0.01, Lat, now.AddSeconds(-5)));
        var resentSame = await device.InvokeAsync<bool>("ReportPosition", new PositionReport(Lon + 0.01, Lat, now));

        Assert.That(resentOld, Is.False);
        Assert.That(resentSame, Is.False);
        var geo = await RedisClient.GetDatabase().GeoPositionAsync(FleetStore.GeoKey, DemoAccounts.VehicleV1);
        Assert.That(geo!.Value.Longitude, Is.EqualTo(Lon).Within(1e-5));
    }

    [Test]
    public async Task The_fleet_snapshot_shows_the_reported_position_and_marks_silent_vehicles_stale()
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync("device.amb-03", DemoAccounts.DevicePassword));
        await device.InvokeAsync<bool>("ReportPosition", new PositionReport(Lon, Lat, DateTimeOffset.UtcNow));
        using var client = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));

        var vehicles = await client.GetFromJsonAsync<JsonElement[]>("/api/fleet/vehicles");

        var reported = vehicles!.Single(v => v.GetProperty("id").GetString() == "amb-03");
        var silent = vehicles!.Single(v => v.GetProperty("id").GetString() == "ne-04");
        Assert.Multiple(() =>
        {
            Assert.That(reported.GetProperty("stale").GetBoolean(), Is.False);
            Assert.That(reported.GetProperty("position").GetProperty("lon").GetDouble(), Is.EqualTo(Lon).Within(1e-9));
            Assert.That(silent.GetProperty("stale").GetBoolean(), Is.True);
            Assert.That(silent.GetProperty("position").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }
}

[TestFixture]
public sealed class PositionReportsAreRefusedWhenTheyCannotBeTrue : ServerFixture
{
    private HubConnection _device = null!;

    [OneTimeSetUp]
    public async Task ConnectDevice() => _device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));

    [OneTimeTearDown]
    public async Task DisconnectDevice() => await _device.DisposeAsync();

    private static IEnumerable<TestCaseData> Impossible()
    {
        var now = DateTimeOffset.UtcNow;
        yield return new TestCaseData(new PositionReport(8.69, 49.40, now), "outside the region").SetName("Heidelberg is outside the Chengdu region");
        yield return new TestCaseData(new PositionReport(200, 30.67, now), "Longitude").SetName("Longitude beyond 180");
        yield return new TestCaseData(new PositionReport(104.06, -95, now), "Latitude").SetName("Latitude beyond 90");
        yield return new TestCaseData(new PositionReport(104.06, 30.67, now.AddHours(1)), "future").SetName("Timestamp an hour ahead");
        yield return new TestCaseData(new PositionReport(104.06, 30.67, now.AddDays(-1)), "too old").SetName("Timestamp a day old");
        yield return new TestCaseData(new PositionReport(104.06, 30.67, now, SpeedKmh: -3), "Speed").SetName("Negative speed");
        yield return new TestCaseData(new PositionReport(104.06, 30.67, now, HeadingDeg: 720), "Heading").SetName("Heading beyond 360");
        yield return new TestCaseData(new PositionReport(104.06, 30.67, now, VehicleId: DemoAccounts.VehicleV2), "own vehicle").SetName("Reporting another vehicle's position");
    }

    [TestCaseSource(nameof(Impossible))]
    public void Is_refused_with_the_reason(PositionReport report, string reason)
    {
        var error = Assert.ThrowsAsync<HubException>(() => _device.InvokeAsync<bool>("ReportPosition", report));
        Assert.That(error!.Message, Does.Contain(reason));
    }

    [Test]
    public async Task Nan_coordinates_are_refused_and_the_connection_stays_usable()
    {
        // JSON has no NaN, so send it as a string the way a broken device might.
        var error = Assert.ThrowsAsync<HubException>(() => _device.InvokeAsync<bool>("ReportPosition", new { lon = "NaN", lat = 30.6, timestamp = DateTimeOffset.UtcNow }));
        Assert.That(error, Is.Not.Null);
        Assert.That(await _device.InvokeAsync<bool>("ReportPosition", new PositionReport(104.06, 30.67, DateTimeOffset.UtcNow)), Is.True);
    }

    [Test]
    public async Task A_dispatcher_cannot_report_positions()
    {
        await using var dispatcher = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        var error = Assert.ThrowsAsync<HubException>(() => dispatcher.InvokeAsync<bool>("ReportPosition", new PositionReport(104.06, 30.67, DateTimeOffset.UtcNow)));
        Assert.That(error!.Message, Does.Contain("Only a vehicle device"));
    }

    [Test]
    public void The_hub_refuses_a_connection_without_a_token()
    {
        var anonymous = new HubConnectionBuilder().WithUrl(Server.Url + "/hubs/dispatch").Build();
        var error = Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());
        Assert.That(error!.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Unauthorized));
    }
}
