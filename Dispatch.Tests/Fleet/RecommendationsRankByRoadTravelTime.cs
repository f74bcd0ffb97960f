using System.Net.Http.Json;
using Dispatch.Server.Fleet;
using Dispatch.Server.Routing;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Fleet;

[TestFixture]
public sealed class RecommendationsRankByRoadTravelTime : ServerFixture
{
    private HttpClient _dispatcher = null!;

    // The patient: a street corner in central Chengdu.
    private const double PatientLon = 104.0800;
    private const double PatientLat = 30.6750;

    [OneTimeSetUp]
    public async Task SignInDispatcher() => _dispatcher = await DispatcherAsync();

    [OneTimeTearDown]
    public void DisposeDispatcher() => _dispatcher.Dispose();

    private async Task ReportAsync(string vehicleId, double lon, double lat, DateTimeOffset? at = null)
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        Assert.That(await device.InvokeAsync<bool>("ReportPosition", new PositionReport(lon, lat, at ?? DateTimeOffset.UtcNow)), Is.True);
    }

    private Task<VehicleRecommendations?> RecommendAsync(string query = "") =>
        _dispatcher.GetFromJsonAsync<VehicleRecommendations>(FormattableString.Invariant($"/api/fleet/recommendations?lon={PatientLon}&lat={PatientLat}{query}"));

    private static double StraightMetres(double lon1, double lat1, double lon2, double lat2)
    {
        var dLat = double.DegreesToRadians(lat2 - lat1);
        var dLon = double.DegreesToRadians(lon2 - lon1);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(double.DegreesToRadians(lat1)) * Math.Cos(double.DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * 6_371_000 * Math.Asin(Math.Sqrt(h));
    }

    [Test]
    public async Task The_nearer_vehicle_by_road_ranks_first_even_when_another_is_nearer_as_the_crow_flies()
    {
        // Find two spots where straight-line order and road order disagree (one-way streets, a river, blocks).
        var spots = new List<(double Lon, double Lat, double Straight, double Road)>();
        for (var i = 0; i < 24; i++)
        {
            var angle = i * Math.PI / 12;
            var radius = 0.006 + 0.004 * (i % 3);
            var lon = PatientLon + radius * Math.Cos(angle);
            var lat = PatientLat + radius * Math.Sin(angle);
            var route = await _dispatcher.GetFromJsonAsync<RouteView>(FormattableString.Invariant(
                $"/api/routes?fromLon={lon}&fromLat={lat}&toLon={PatientLon}&toLat={PatientLat}"));
            spots.Add((lon, lat, StraightMetres(lon, lat, PatientLon, PatientLat), route!.Seconds));
        }
        var pair = (from a in spots from b in spots where a.Straight < b.Straight * 0.9 && a.Road > b.Road * 1.2 select (Near: a, Quick: b)).First();

        await ReportAsync("amb-01", pair.Near.Lon, pair.Near.Lat);
        await ReportAsync("amb-03", pair.Quick.Lon, pair.Quick.Lat);
        var ranking = await RecommendAsync("&equipment=ventilator");

        var order = ranking!.Ranked.Select(r => r.VehicleId).Where(id => id is "amb-01" or "amb-03").ToList();
        Assert.That(order, Is.EqualTo(new[] { "amb-03", "amb-01" }));
        var quick = ranking.Ranked.Single(r => r.VehicleId == "amb-03");
        Assert.That(quick.EtaSeconds, Is.GreaterThan(0).And.LessThan(pair.Near.Road));
    }

    [Test]
    public async Task The_equipment_filter_leaves_out_vehicles_without_it_and_says_why()
    {
        await ReportAsync("amb-02", PatientLon + 0.001, PatientLat); // BLS: no ventilator, but the nearest
        await ReportAsync("amb-05", PatientLon + 0.01, PatientLat);
        var ranking = await RecommendAsync("&equipment=ventilator");
        Assert.That(ranking!.Ranked.Select(r => r.VehicleId), Does.Contain("amb-05").And.Not.Contain("amb-02"));
        Assert.That(ranking.Excluded.Single(e => e.VehicleId == "amb-02").Code, Does.Contain("Equipment"));
    }

    [Test]
    public async Task A_silent_vehicle_is_never_recommended()
    {
        await ReportAsync("amb-06", PatientLon + 0.0005, PatientLat, DateTimeOffset.UtcNow.AddSeconds(-120));
        var ranking = await RecommendAsync();
        Assert.That(ranking!.Ranked.Select(r => r.VehicleId), Does.Not.Contain("amb-06"));
        Assert.That(ranking.Excluded.Single(e => e.VehicleId == "amb-06").Code, Does.Contain("Stale"));
    }

    [Test]
    public async Task A_transport_ranks_only_the_non_emergency_fleet()
    {
        await ReportAsync("ne-01", PatientLon + 0.002, PatientLat);
        await ReportAsync("amb-12", PatientLon + 0.0001, PatientLat);
        var ranking = await RecommendAsync("&kind=nonEmergency");
        Assert.That(ranking!.Ranked.Select(r => r.VehicleId), Does.Contain("ne-01").And.Not.Contain("amb-12"));
    }
}
