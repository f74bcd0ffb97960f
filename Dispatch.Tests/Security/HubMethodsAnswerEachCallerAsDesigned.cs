using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using static Dispatch.Tests.Security.Caller;

namespace Dispatch.Tests.Security;

/// <summary>The hub's authorisation matrix: every public hub method, invoked by every <see cref="Caller"/>.</summary>
public sealed class HubMethodsAnswerEachCallerAsDesigned
{
    private SecuredServer _s = null!;
    private string _callOfV1 = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _s = await SecuredServer.StartAsync();
        using var dispatcher = _s.Callers.Client(Dispatcher);
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = "Collapsed at home", priority = 1 });
        _callOfV1 = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using var assigned = await dispatcher.PostAsJsonAsync($"/api/calls/{_callOfV1}/assign", new { vehicleId = "amb-01" });
        assigned.EnsureSuccessStatusCode();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _s.DisposeAsync();

    private sealed record Expectation(Caller[] Allowed, Func<object?[]> Arguments);

    private Dictionary<string, Expectation> Expectations() => new()
    {
        [nameof(DispatchHub.ReportPosition)] = new([VehicleV1, VehicleV2],
            () => [new { lon = 104.07, lat = 30.67, timestamp = DateTimeOffset.UtcNow }]),
        [nameof(DispatchHub.CurrentAssignment)] = new([VehicleV1, VehicleV2], () => []),
        // Every signed-in caller may ask which pushes it is subscribed to.
        [nameof(DispatchHub.Subscriptions)] = new([.. CallerTokens.SignedIn], () => []),
        // A device reports its own vehicle back in service; V1 is on a call here, so only V2 (idle: a no-op) may.
        [nameof(DispatchHub.ReturnToService)] = new([VehicleV2], () => []),
        // Only the crew of the vehicle the call is assigned to.
        [nameof(DispatchHub.ReportMilestone)] = new([VehicleV1], () => [_callOfV1, "EnRoute"]),
    };

    private static IEnumerable<string> HubMethods() => typeof(DispatchHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == typeof(DispatchHub))
        .Select(m => m.Name).Distinct();

    [Test]
    public void Every_hub_method_has_an_expectation()
    {
        Assert.That(HubMethods(), Is.EquivalentTo(Expectations().Keys));
    }

    [Test]
    public async Task Callers_without_a_valid_token_cannot_even_connect()
    {
        foreach (var caller in new[] { Anonymous, Expired, Forged })
        {
            await using var hub = _s.Server.Hub(_s.Callers.Token(caller)!);
            var refused = Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync(), caller.ToString());
            Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), caller.ToString());
        }
    }

    [Test]
    public async Task Each_signed_in_caller_may_call_exactly_the_methods_of_its_role()
    {
        var wrong = new List<string>();
        foreach (var (method, expectation) in Expectations())
        {
            foreach (var caller in CallerTokens.SignedIn.OrderBy(c => expectation.Allowed.Contains(c)))
            {
                await using var hub = _s.Server.Hub(_s.Callers.Token(caller)!);
                await hub.StartAsync();
                var allowed = expectation.Allowed.Contains(caller);
                try
                {
                    await hub.InvokeCoreAsync(method, typeof(object), expectation.Arguments());
                    if (!allowed) wrong.Add($"{method} as {caller}: expected a refusal, but it was carried out");
                }
                catch (HubException e)
                {
                    if (allowed) wrong.Add($"{method} as {caller}: expected success, got \"{e.Message}\"");
                }
            }
        }
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task A_revoked_token_can_no_longer_open_the_hub()
    {
        var token = await _s.Callers.FreshTokenAsync(Dispatcher);
        using var client = _s.Callers.Client(token);
        using var revoked = await client.PostAsync("/api/auth/revoke", null);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await using var hub = _s.Server.Hub(token!);
        var refused = Assert.ThrowsAsync<HttpRequestException>(() => hub.StartAsync());
        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
