using System.Net;
using System.Net.Http.Json;
using Dispatch.Server.Routing;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.RoutingApi;

[TestFixture]
public sealed class RoutesFollowRoadsAndClosures : ServerFixture
{
    private HttpClient _dispatcher = null!;

    // From 成都第三人民医院 to 成都市第六人民医院, across the city centre.
    private const string Trip = "/api/routes?fromLon=104.0608&fromLat=30.6707&toLon=104.1054&toLat=30.6698";

    [OneTimeSetUp]
    public async Task SignInDispatcher() => _dispatcher = await DispatcherAsync();

    [OneTimeTearDown]
    public void DisposeDispatcher() => _dispatcher.Dispose();

    [Test]
    public async Task A_route_is_longer_than_the_straight_line_and_ends_near_both_points()
    {
        var route = await _dispatcher.GetFromJsonAsync<RouteView>(Trip);
        var straight = 4270.0; // metres between the two hospitals as the crow flies
        Assert.Multiple(() =>
        {
            Assert.That(route!.Meters, Is.GreaterThan(straight).And.LessThan(straight * 2.5));
            Assert.That(route.Seconds, Is.GreaterThan(route.Meters / (100 / 3.6)));
            Assert.That(route.Coordinates.Length, Is.GreaterThan(5));
            Assert.That(route.Coordinates[0][0], Is.EqualTo(104.0608).Within(0.005));
            Assert.That(route.Coordinates[^1][0], Is.EqualTo(104.1054).Within(0.005));
        });
    }

    [Test]
    public async Task A_closure_on_the_route_changes_it_at_once_and_lifting_restores_it()
    {
        var before = (await _dispatcher.GetFromJsonAsync<RouteView>(Trip))!;
        var middle = before.Coordinates[before.Coordinates.Length / 2];
        using var set = await _dispatcher.PostAsJsonAsync("/api/routing/closures", new { id = "flood-1", reason = "道路积水", line = new[] { middle }, radiusMeters = 30 });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var during = (await _dispatcher.GetFromJsonAsync<RouteView>(Trip))!;
        using var lift = await _dispatcher.DeleteAsync("/api/routing/closures/flood-1");
        var after = (await _dispatcher.GetFromJsonAsync<RouteView>(Trip))!;

        Assert.Multiple(() =>
        {
            Assert.That(during.Seconds, Is.GreaterThan(before.Seconds));
            Assert.That(lift.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after.Seconds, Is.EqualTo(before.Seconds));
        });
    }

    [TestCase("/api/routes?fromLon=104.06&fromLat=30.67", "to")]
    [TestCase("/api/routes?fromLon=8.69&fromLat=49.4&toLon=104.1&toLat=30.67", "from")]
    [TestCase("/api/routes?fromLon=104.06&fromLat=30.67&toLon=104.1&toLat=30.67&profile=helicopter", "profile")]
    [TestCase("/api/routes?fromLon=abc&fromLat=30.67&toLon=104.1&toLat=30.67", "")]
    public async Task Bad_route_requests_are_400(string url, string field)
    {
        using var response = await _dispatcher.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
    }

    [Test]
    public async Task Other_dispatchers_hear_of_a_new_closure_at_once_and_doctors_do_not()
    {
        var toDispatcher = new System.Collections.Concurrent.ConcurrentBag<string>();
        var toDoctor = new System.Collections.Concurrent.ConcurrentBag<string>();
        await using var colleague = Server.Hub(await Server.SignInAsync("dispatcher2", DemoAccounts.DispatcherPassword));
        await using var doctor = Server.Hub(await Server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        colleague.On<System.Text.Json.JsonElement>(RoadClosureBoard.ChangedEvent, e => toDispatcher.Add(e.GetProperty("id").GetString()!));
        doctor.On<System.Text.Json.JsonElement>(RoadClosureBoard.ChangedEvent, e => toDoctor.Add(e.GetProperty("id").GetString()!));
        await colleague.StartJoinedAsync();
        await doctor.StartJoinedAsync();

        using var set = await _dispatcher.PostAsJsonAsync("/api/routing/closures", new { id = "checkpoint-7", reason = "疫情卡口", line = new[] { new[] { 104.0735, 30.6743 } }, radiusMeters = 20 });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await Poll.UntilAsync(() => toDispatcher.Contains("checkpoint-7"), TimeSpan.FromSeconds(10), "the other dispatcher to hear of the closure");
        using var lift = await _dispatcher.DeleteAsync("/api/routing/closures/checkpoint-7");
        await Poll.UntilAsync(() => toDispatcher.Count(id => id == "checkpoint-7") == 2, TimeSpan.FromSeconds(10), "the other dispatcher to hear it lifted");
        Assert.That(toDoctor, Is.Empty);
    }

    [Test]
    public async Task Only_dispatchers_set_closures()
    {
        using var doctor = Server.ClientWithToken(await Server.SignInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword));
        using var response = await doctor.PostAsJsonAsync("/api/routing/closures", new { line = new[] { new[] { 104.07, 30.67 } } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [TestCase("\u0000")]
    [TestCase("封路-1")]
    [TestCase("a/b")]
    [TestCase("line\nbreak")]
    public async Task A_closure_id_the_location_header_or_the_delete_path_could_not_carry_is_400(string id)
    {
        using var set = await _dispatcher.PostAsJsonAsync("/api/routing/closures", new { id, reason = "test", line = new[] { new[] { 104.0735, 30.6743 } }, radiusMeters = 20 });
        Assert.That(set.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await set.Content.ReadAsStringAsync(), Does.Contain("\"id\""));
    }
}
