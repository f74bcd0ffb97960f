using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// The simulator's crews at their central stations leave the townships uncovered; the best suggested move-up is sent,
/// the crew drives the route to the post, reports arrival, and coverage becomes what the suggestion promised.
/// </summary>
[TestFixture]
public sealed class AMoveUpRestoresCoverage : CoverageServer
{
    [Test]
    public async Task The_suggested_vehicle_drives_to_its_post_and_coverage_rises_to_the_share_promised()
    {
        using var dispatcher = await DispatcherAsync();
        await using var simulator = SimulatorProcess.Start(Server, "amb-01,amb-02,amb-05");
        JsonNode coverage = null!;
        await Poll.UntilAsync(async () => (coverage = await CoverageAsync(dispatcher))["ambulances"]!.GetValue<int>() == 3
            && coverage["suggestions"]!.AsArray().Count > 0, Wait, "the three crews in the picture, with move-ups suggested");

        var before = coverage["coveredShare"]!.GetValue<double>();
        var best = coverage["suggestions"]!.AsArray()[0]!;
        var vehicle = best["vehicleId"]!.GetValue<string>();
        var postId = best["postId"]!.GetValue<string>();
        var promised = best["shareAfter"]!.GetValue<double>();
        Assert.That(coverage["belowThreshold"]!.GetValue<bool>(), Is.True);
        Assert.That(best["gainShare"]!.GetValue<double>(), Is.GreaterThan(0));
        Assert.That(promised, Is.GreaterThan(before));

        // The crew's device hears where to go; another vehicle's device does not.
        var heard = new ConcurrentQueue<string>();
        var otherHeard = new ConcurrentQueue<string>();
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicle}", DemoAccounts.DevicePassword));
        await using var other = await Server.ConnectHubAsync(await Server.SignInAsync("device.amb-08", DemoAccounts.DevicePassword));
        device.On<JsonNode>("Relocate", r => heard.Enqueue(r.ToJsonString()));
        other.On<JsonNode>("Relocate", r => otherHeard.Enqueue(r.ToJsonString()));

        using var sent = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = vehicle, postId });
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.OK), await sent.Content.ReadAsStringAsync());
        var relocation = JsonNode.Parse(await sent.Content.ReadAsStringAsync())!;
        Assert.That(relocation["route"]!.AsArray().Count, Is.GreaterThan(1), "the route to drive");
        await Poll.UntilAsync(() => heard.Any(r => r.Contains(postId)), Wait, "the device to be told its post and route");
        var status = await VehicleAsync(dispatcher, vehicle);
        Assert.That(status["status"]!.GetValue<string>(), Is.AnyOf("relocating", "available"));

        using var again = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups", new { vehicleId = vehicle, postId });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a relocating vehicle is not sent twice");

        var postLon = relocation["lon"]!.GetValue<double>();
        var postLat = relocation["lat"]!.GetValue<double>();
        await Poll.UntilAsync(async () =>
        {
            var v = await VehicleAsync(dispatcher, vehicle);
            var p = v["position"];
            return v["status"]!.GetValue<string>() == "available" && p is not null
                && Math.Abs(p["lon"]!.GetValue<double>() - postLon) + Math.Abs(p["lat"]!.GetValue<double>() - postLat) < 0.003;
        }, Wait, $"{vehicle} to drive to {postId} and report arrival\n{simulator.Log}");

        await Poll.UntilAsync(async () => (await CoverageAsync(dispatcher))["coveredShare"]!.GetValue<double>() >= promised - 0.002,
            Wait, $"coverage to reach the promised {promised} (was {before})");
        Assert.That(otherHeard, Is.Empty, "another vehicle's device heard the relocation");
    }

    private static async Task<JsonNode> VehicleAsync(HttpClient dispatcher, string id) =>
        (await dispatcher.GetFromJsonAsync<JsonNode>("/api/fleet/vehicles"))!.AsArray().Single(v => v!["id"]!.GetValue<string>() == id)!;
}
