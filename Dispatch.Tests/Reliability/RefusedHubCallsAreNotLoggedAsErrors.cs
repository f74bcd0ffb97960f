using System.Net;
using System.Net.Http.Json;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Tests.Reliability;

/// <summary>
/// A refused hub call is routine (a device outside the region, a milestone out of turn): the caller is told why, and
/// the server's log keeps its errors for real failures, so whoever watches it is not paged for bad input.
/// </summary>
[TestFixture]
public sealed class RefusedHubCallsAreNotLoggedAsErrors : ServerFixture
{
    [Test]
    public async Task Refusals_leave_no_error_in_the_server_log()
    {
        await using var device = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.DeviceV2, DemoAccounts.DevicePassword));
        Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<bool>("ReportPosition", new PositionReport(0, 0, DateTimeOffset.UtcNow)));
        Assert.ThrowsAsync<HubException>(() => device.InvokeAsync<object>("ReportMilestone", "no-such-call", "EnRoute"));
        await using var dispatcher = await Server.ConnectHubAsync(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        Assert.ThrowsAsync<HubException>(() => dispatcher.InvokeAsync<object>("CurrentAssignment"));

        // The server logs a failed sign-in as a warning; once that is in the log, anything the refusals logged before it is too.
        const string marker = "log-marker-after-refusals";
        using (var failed = await Server.Http.PostAsJsonAsync("/api/auth/token", new { username = marker, password = "x" }))
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await Poll.UntilAsync(() => Task.FromResult(Server.Log.Contains(marker)), TimeSpan.FromSeconds(10), "the marker to reach the server log");

        Assert.That(Server.Log.Split('\n').Where(line => line.Contains(" ERR]") || line.Contains(" FTL]")), Is.Empty);
    }
}
