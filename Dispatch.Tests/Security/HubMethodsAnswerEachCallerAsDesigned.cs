using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Dispatch.Server.Fleet;
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

    /// <param name="Streamed">
    /// the method takes an upload stream and streams its answers, so it is opened with StreamAsChannelCoreAsync rather
    /// than invoked: carried out when the answer stream completes having dealt with the upload's one report (Through 1,
    /// nothing refused), refused when reading it throws a HubException.
    /// </param>
    private sealed record Expectation(Caller[] Allowed, Func<object?[]> Arguments, bool Streamed = false);

    private Dictionary<string, Expectation> Expectations() => new()
    {
        [nameof(DispatchHub.ReportPosition)] = new([VehicleV1, VehicleV2],
            () => [new { lon = 104.07, lat = 30.67, timestamp = DateTimeOffset.UtcNow }]),
        // A stream uploaded by the device: one valid report, then the end of the upload.
        [nameof(DispatchHub.StreamPositions)] = new([VehicleV1, VehicleV2], () => [OneReport()], Streamed: true),
        [nameof(DispatchHub.CurrentAssignment)] = new([VehicleV1, VehicleV2], () => []),
        // Every signed-in caller may ask which pushes it is subscribed to.
        [nameof(DispatchHub.Subscriptions)] = new([.. CallerTokens.SignedIn], () => []),
        // A device reports its own vehicle back in service; V1 is on a call here, so only V2 (idle: a no-op) may.
        [nameof(DispatchHub.ReturnToService)] = new([VehicleV2], () => []),
        // Only the crew of the vehicle the call is assigned to.
        [nameof(DispatchHub.ReportMilestone)] = new([VehicleV1], () => [_callOfV1, "EnRoute"]),
        // A device reports its vehicle arrived at its standby post; V1 is on a call, V2 idle (already available: a no-op).
        [nameof(DispatchHub.ArrivedAtPost)] = new([VehicleV2], () => []),
        [nameof(DispatchHub.CurrentRelocation)] = new([VehicleV1, VehicleV2], () => []),
    };

    private static ChannelReader<PositionReport> OneReport()
    {
        var upload = Channel.CreateUnbounded<PositionReport>();
        upload.Writer.TryWrite(new PositionReport(104.07, 30.67, DateTimeOffset.UtcNow));
        upload.Writer.Complete();
        return upload.Reader;
    }

    /// <summary>
    /// Calls the method as the expectation says; throws a HubException when refused, and an
    /// <see cref="InvalidDataException"/> when a stream completes without answering its one report as dealt with.
    /// </summary>
    private static async Task CallAsync(HubConnection hub, string method, Expectation expectation)
    {
        if (!expectation.Streamed)
        {
            await hub.InvokeCoreAsync(method, typeof(object), expectation.Arguments());
            return;
        }
        var answers = await hub.StreamAsChannelCoreAsync(method, typeof(PositionReportsAnswered), expectation.Arguments());
        PositionReportsAnswered? last = null;
        await foreach (var answer in answers.ReadAllAsync()) last = (PositionReportsAnswered?)answer;
        if (last is not { Through: 1, Refused: [] })
            throw new InvalidDataException("the stream should have dealt with its one report, but its last answer was " +
                (last is null ? "none" : $"through {last.Through}, refused: {string.Join("; ", last.Refused.Select(r => r.Reason))}"));
    }

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
                    await CallAsync(hub, method, expectation);
                    if (!allowed) wrong.Add($"{method} as {caller}: expected a refusal, but it was carried out");
                }
                catch (HubException e)
                {
                    if (allowed) wrong.Add($"{method} as {caller}: expected success, got \"{e.Message}\"");
                }
                catch (InvalidDataException e)
                {
                    wrong.Add($"{method} as {caller}: {e.Message}");
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
