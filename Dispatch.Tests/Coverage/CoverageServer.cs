using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Coverage;

/// <summary>
/// A server whose coverage recomputes every second, with targets short enough (1.5 minutes urban, 2 rural) that a few
/// ambulances in central Chengdu leave the townships uncovered: the conditions under which costs and move-ups matter.
/// </summary>
public abstract class CoverageServer : ServerFixture
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Coverage:RecomputeSeconds"] = "1",
        ["Coverage:UrbanTargetMinutes"] = "1.5",
        ["Coverage:UrbanOuterBandMinutes"] = "3",
        ["Coverage:RuralTargetMinutes"] = "2",
        ["Coverage:RuralOuterBandMinutes"] = "4",
    };

    protected async Task ReportAsync(string vehicleId, double lon, double lat)
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync($"device.{vehicleId}", DemoAccounts.DevicePassword));
        Assert.That(await device.InvokeAsync<bool>("ReportPosition", new { lon, lat, timestamp = DateTimeOffset.UtcNow }), Is.True);
    }

    protected static async Task<JsonNode> CoverageAsync(HttpClient dispatcher) =>
        JsonNode.Parse(await dispatcher.GetStringAsync("/api/coverage"))!;

    protected static int AmbulancesIn(JsonNode coverage, string zoneId) =>
        coverage["zones"]!.AsArray().Single(z => z!["id"]!.GetValue<string>() == zoneId)!["ambulances"]!.GetValue<int>();

    protected static async Task<string> NewCallAsync(HttpClient dispatcher, double lon, double lat)
    {
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { lon, lat, chiefComplaint = "胸痛", priority = 1 });
        created.EnsureSuccessStatusCode();
        return JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }
}
