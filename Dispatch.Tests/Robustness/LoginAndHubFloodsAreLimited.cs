using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;
using Dispatch.Tests.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Robustness;

/// <summary>With small configured limits: sign-in attempts per minute, hub calls per connection, hub message size.</summary>
public sealed class LoginAndHubFloodsAreLimited
{
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;
    private string _device = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string>
        {
            ["Auth:LoginAttemptsPerMinute"] = "4",
            ["Hub:CallsPerSecond"] = "5",
            ["Hub:CallBurst"] = "10",
        });
        _device = await _server.SignInAsync(DemoAccounts.DeviceV1, DemoAccounts.DevicePassword); // attempt 1 of 4
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test]
    public async Task Sign_in_answers_429_once_the_attempts_of_the_minute_are_spent_even_with_the_right_password()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await _server.Http.PostAsJsonAsync("/api/auth/token", new { username = "dispatcher", password = "guess" + i });
            statuses.Add(wrong.StatusCode);
        }
        using var limited = await _server.Http.PostAsJsonAsync("/api/auth/token", new { username = "dispatcher", password = DemoAccounts.DispatcherPassword });
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["title"]!.GetValue<string>(), Does.Contain("Too many"));
        });
    }

    [Test]
    public async Task Behind_a_proxy_each_client_address_has_its_own_sign_in_allowance()
    {
        async Task<HttpStatusCode> SignInFrom(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { username = "dispatcher", password = "guess" }) };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await _server.Http.SendAsync(request);
            return response.StatusCode;
        }
        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) first.Add(await SignInFrom("10.20.0.1"));
        Assert.That(first.Last(), Is.EqualTo(HttpStatusCode.TooManyRequests), "one client behind the proxy spends its own attempts");
        Assert.That(await SignInFrom("10.20.0.2"), Is.EqualTo(HttpStatusCode.Unauthorized), "another client behind the same proxy is not locked out");
    }

    [Test]
    public async Task A_connection_flooding_hub_calls_is_refused_with_a_clear_message_and_recovers()
    {
        await using var device = await _server.ConnectHubAsync(_device);
        var calls = Enumerable.Range(0, 40).Select(async _ =>
        {
            try { await device.InvokeAsync<object>("CurrentAssignment"); return null; }
            catch (HubException e) { return e.Message; }
        }).ToList();
        var refusals = (await Task.WhenAll(calls)).Where(m => m is not null).ToList();
        Assert.That(refusals, Has.Count.GreaterThanOrEqualTo(20), "at most the burst of 10 (plus refills) gets through");
        Assert.That(refusals, Is.All.Contains("Too many calls"));
        // The bucket refills: the same connection is served again shortly after.
        await Poll.UntilAsync(async () => { await device.InvokeAsync<object>("CurrentAssignment"); return true; }, TimeSpan.FromSeconds(10), "the device to be served again");
        Assert.That(device.State, Is.EqualTo(HubConnectionState.Connected));
    }

    [Test]
    public async Task A_hub_message_over_16_KB_closes_that_connection_only()
    {
        await using var flooder = await _server.ConnectHubAsync(_device);
        await using var other = await _server.ConnectHubAsync(_device);
        var closed = new TaskCompletionSource<Exception?>();
        flooder.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };
        try
        {
            await flooder.InvokeAsync<object>("ReportMilestone", new string('x', 20 * 1024), "EnRoute");
        }
        catch (Exception)
        {
            // The server drops the connection instead of answering.
        }
        await Poll.UntilAsync(() => closed.Task.IsCompleted, TimeSpan.FromSeconds(10), "the oversized connection to be closed");
        Assert.That(other.State, Is.EqualTo(HubConnectionState.Connected), "other connections are unaffected");
        using var health = await _server.Http.GetAsync("/health");
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
