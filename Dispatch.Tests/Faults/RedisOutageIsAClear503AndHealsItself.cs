using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Faults;

/// <summary>Redis unreachable: HTTP answers a 503 problem (even the token revocation check), the hub says so, and all heals when Redis returns.</summary>
public sealed class RedisOutageIsAClear503AndHealsItself
{
    [Test]
    public async Task Http_answers_503_the_hub_says_storage_is_unavailable_and_both_recover_without_a_restart()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var server = await DispatchServerProcess.StartAsync(redis);
        var dispatcherToken = await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword);
        using var dispatcher = server.ClientWithToken(dispatcherToken);
        await using var device = await server.ConnectHubAsync(await server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword));
        object Report() => new { lon = 104.07, lat = 30.67, timestamp = DateTimeOffset.UtcNow };

        Assert.That(await device.InvokeAsync<bool>("ReportPosition", Report()), Is.True, "connected and joined before the outage");
        redis.Kill();

        foreach (var path in new[] { "/api/referrals", "/api/fleet/vehicles", "/api/auth/me" })
        {
            using var response = await dispatcher.GetAsync(path);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), path + " (/api/auth/me only needs the revocation check)");
            Assert.That(response.Headers.RetryAfter, Is.Not.Null, path);
            Assert.That(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]!.GetValue<string>(), Is.EqualTo("Storage unavailable"), path);
        }
        var refused = Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<bool>("ReportPosition", Report()));
        Assert.That(refused!.Message, Does.Contain("Storage unavailable"));

        // A device connecting during the outage is closed with the reason, not a bare error.
        await using var late = server.Hub(await TokenWhileRedisIsDownAsync(server));
        var closed = new TaskCompletionSource<Exception?>();
        late.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        try { await late.StartAsync(); } catch (Exception e) { closed.TrySetResult(e); }
        await Poll.UntilAsync(() => closed.Task.IsCompleted, TimeSpan.FromSeconds(30), "the late connection to be refused");
        Assert.That((await closed.Task)?.Message, Does.Contain("Storage unavailable").Or.Contain("503"));

        await redis.RestartAsync();
        await Poll.UntilAsync(async () => (await dispatcher.GetAsync("/api/referrals")).IsSuccessStatusCode, TimeSpan.FromSeconds(30), "HTTP to recover");
        await Poll.UntilAsync(() => device.InvokeAsync<bool>("ReportPosition", Report()), TimeSpan.FromSeconds(30), "the hub to recover");
        using var health = await server.Http.GetAsync("/health");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    // Sign-in needs no Redis (accounts are in the region's file), only the revocation check does: mint a valid token offline.
    private static Task<string> TokenWhileRedisIsDownAsync(DispatchServerProcess server) =>
        Task.FromResult(Tokens.Mint(server.SigningKey, Tokens.Account(DemoAccounts.DeviceV2, "vehicle", vehicle: DemoAccounts.VehicleV2), TimeSpan.FromMinutes(10)));
}
