using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// The demo as <c>ops/run</c> configures it (its coverage settings are read from the script, so this follows them): with
/// every ambulance of the demo region at its station, coverage is below the move-up threshold and the dispatcher is
/// offered a move-up to one of the demo's standby posts that restores coverage; sending it brings coverage back up.
/// </summary>
[TestFixture]
public sealed class TheDemoSuggestsMoveUps : ServerFixture
{
    private static readonly Dictionary<string, string> DemoCoverage = ReadDemoCoverageSettings();

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>(DemoCoverage) { ["Coverage__RecomputeSeconds"] = "1" };

    /// <summary>Every <c>Coverage__…</c> export of ops/run with its default value.</summary>
    private static Dictionary<string, string> ReadDemoCoverageSettings()
    {
        var script = File.ReadAllText(Path.Combine(RepoPaths.Root, "ops", "run"));
        var settings = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(script, @"(Coverage__\w+)=(?:""\$\{\w+:-([^}]*)\}""|""([^""]*)""|([^\s\\]+))"))
            settings[m.Groups[1].Value] = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
        return settings;
    }

    [Test]
    public async Task With_every_ambulance_at_its_station_the_dispatcher_is_offered_a_move_up_that_restores_coverage()
    {
        Assert.That(DemoCoverage, Contains.Key("Coverage__MoveUpBelowShare").And.ContainKey("Coverage__Posts__0__Id"), "ops/run sets the demo's coverage");
        var region = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "regions", "chengdu", "vehicles.json")))!["vehicles"]!.AsArray();
        foreach (var v in region.Where(v => v!["kind"]!.GetValue<string>() == "ambulance"))
        {
            await using var device = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{v!["id"]!.GetValue<string>()}", DemoAccounts.DevicePassword));
            var station = v["station"]!;
            Assert.That(await device.InvokeAsync<bool>("ReportPosition",
                new { lon = station["lon"]!.GetValue<double>(), lat = station["lat"]!.GetValue<double>(), timestamp = DateTimeOffset.UtcNow }), Is.True);
        }

        using var dispatcher = await DispatcherAsync();
        JsonNode coverage = null!;
        await Poll.UntilAsync(async () =>
        {
            coverage = JsonNode.Parse(await dispatcher.GetStringAsync("/api/coverage"))!;
            return coverage["ambulances"]!.GetValue<int>() == 12 && coverage["suggestions"]!.AsArray().Count > 0;
        }, TimeSpan.FromSeconds(60), "the picture of all twelve ambulances with its move-ups");

        var before = coverage["coveredShare"]!.GetValue<double>();
        var best = coverage["suggestions"]!.AsArray()[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(coverage["belowThreshold"]!.GetValue<bool>(), Is.True);
            Assert.That(before, Is.LessThan(double.Parse(DemoCoverage["Coverage__MoveUpBelowShare"], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(best["gainShare"]!.GetValue<double>(), Is.GreaterThan(0));
            Assert.That(best["leftBelowTarget"]!.AsArray(), Is.Empty, "the best move uncovers no zone");
            Assert.That(best["postNameEn"]!.GetValue<string>(), Is.Not.Empty);
        });

        using var sent = await dispatcher.PostAsJsonAsync("/api/coverage/move-ups",
            new { vehicleId = best["vehicleId"]!.GetValue<string>(), postId = best["postId"]!.GetValue<string>() });
        Assert.That(sent.IsSuccessStatusCode, Is.True, await sent.Content.ReadAsStringAsync());
        // The crew drives there: once it reports at the post, coverage is what the suggestion promised.
        var post = JsonNode.Parse(await dispatcher.GetStringAsync("/api/coverage/grid"))!["posts"]!.AsArray()
            .Single(p => p!["id"]!.GetValue<string>() == best["postId"]!.GetValue<string>())!;
        await using (var crew = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{best["vehicleId"]!.GetValue<string>()}", DemoAccounts.DevicePassword)))
        {
            Assert.That(await crew.InvokeAsync<bool>("ReportPosition",
                new { lon = post["lon"]!.GetValue<double>(), lat = post["lat"]!.GetValue<double>(), timestamp = DateTimeOffset.UtcNow }), Is.True);
        }
        await Poll.UntilAsync(async () =>
                JsonNode.Parse(await dispatcher.GetStringAsync("/api/coverage"))!["coveredShare"]!.GetValue<double>() > before,
            TimeSpan.FromSeconds(60), "coverage to rise once the ambulance stands at the post");
    }
}
