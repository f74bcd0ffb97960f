using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dispatch.Server.Calls;
using Dispatch.Server.Fleet;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using StackExchange.Redis;

namespace Dispatch.Tests.Fleet;

/// <summary>Shared by the position stream fixtures: where the reports are, and how to read back what Redis holds.</summary>
internal static class StreamedPositions
{
    // Near 成都第三人民医院, inside the Chengdu demo region.
    public const double Lon = 104.0608;
    public const double Lat = 30.6707;

    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    public static string Device(string vehicleId) => "device." + vehicleId;

    public static async Task<HubConnection> ConnectDeviceAsync(this DispatchServerProcess server, string vehicleId) =>
        await server.ConnectHubAsync(await server.SignInAsync(Device(vehicleId), DemoAccounts.DevicePassword));

    /// <summary>The vehicle's position in the last-seen hash, or null when it has none.</summary>
    public static async Task<VehiclePosition?> LastSeenAsync(this ConnectionMultiplexer redis, string vehicleId)
    {
        var json = (string?)await redis.GetDatabase().HashGetAsync(FleetStore.LastSeenKey, vehicleId);
        return json is null ? null : JsonSerializer.Deserialize(json, FleetJson.Default.VehiclePosition);
    }

    public static Task<GeoPosition?> GeoAsync(this ConnectionMultiplexer redis, string vehicleId) =>
        redis.GetDatabase().GeoPositionAsync(FleetStore.GeoKey, vehicleId);

    /// <summary>A report from <paramref name="step"/> hundred metres or so east of the start, at a given time.</summary>
    public static PositionReport East(int step, DateTimeOffset at, string? vehicleId = null) =>
        new(Lon + step * 0.001, Lat, at, 40, 90, vehicleId);
}

/// <summary>
/// A device's position stream (StreamPositions): every report on it is stored in Redis and pushed like a
/// ReportPosition call, and the server answers with cumulative acknowledgements, at most one a second.
/// </summary>
[TestFixture]
public sealed class PositionStreamsAreStoredAndAnswered : ServerFixture
{
    // Each test streams for its own vehicle, so no test sees another's positions.

    [Test]
    public async Task Streamed_reports_reach_the_geo_set_the_last_seen_hash_and_the_dispatchers()
    {
        const string vehicle = "amb-01";
        var received = new ConcurrentQueue<VehiclePosition>();
        await using var dispatcher = Server.Hub(await Server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword));
        dispatcher.On<VehiclePosition[]>(PositionBroadcaster.EventName, batch => { foreach (var p in batch) received.Enqueue(p); });
        await dispatcher.StartJoinedAsync();
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var start = DateTimeOffset.UtcNow.AddSeconds(-10);
        var reports = Enumerable.Range(1, 3).Select(i => StreamedPositions.East(i, start.AddSeconds(i))).ToArray();

        var upload = await PositionUpload.OpenAsync(device);
        foreach (var report in reports) await upload.SendAsync(report);
        var answers = await upload.FinishAsync(StreamedPositions.Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.Not.Empty);
            Assert.That(answers[^1].Through, Is.EqualTo(3), "the final answer covers every report sent");
            Assert.That(upload.Stored, Is.EqualTo(3));
            Assert.That(upload.NotNewer, Is.Empty);
            Assert.That(upload.Refused, Is.Empty);
        });
        var last = reports[^1];
        var geo = await RedisClient.GeoAsync(vehicle);
        Assert.That(geo, Is.Not.Null, "the vehicle is in the geo set");
        Assert.That(geo!.Value.Longitude, Is.EqualTo(last.Lon).Within(1e-5));
        Assert.That(geo.Value.Latitude, Is.EqualTo(last.Lat).Within(1e-5));
        var lastSeen = await RedisClient.LastSeenAsync(vehicle);
        Assert.That(lastSeen, Is.Not.Null, "the vehicle is in the last-seen hash");
        Assert.That(lastSeen!.Timestamp, Is.EqualTo(last.Timestamp));
        Assert.That(lastSeen.SpeedKmh, Is.EqualTo(40));
        await Poll.UntilAsync(() => received.Any(p => p.VehicleId == vehicle && p.Timestamp == last.Timestamp), StreamedPositions.Deadline,
            "the dispatcher to be pushed the last streamed position");
    }

    [Test]
    public async Task Answers_are_cumulative_and_come_at_most_about_once_a_second_however_fast_the_reports()
    {
        const string vehicle = "amb-02";
        const int sent = 30;
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var start = DateTimeOffset.UtcNow.AddSeconds(-60);

        var upload = await PositionUpload.OpenAsync(device);
        // About 1.8 s of reports, 60 ms apart: a device reporting far more often than the answers come.
        for (var i = 1; i <= sent; i++)
        {
            await upload.SendAsync(StreamedPositions.East(i, start.AddMilliseconds(100 * i)));
            await Task.Delay(60);
        }
        var completedAt = upload.Elapsed;
        await upload.FinishAsync(StreamedPositions.Deadline);
        var answers = upload.Answers;

        var throughs = answers.Select(a => a.Value.Through).ToArray();
        Assert.That(answers, Has.Count.LessThan(sent), "the reports are answered together, not one by one");
        Assert.That(throughs, Is.Ordered.Ascending.And.Unique, "Through only grows");
        Assert.That(throughs[^1], Is.EqualTo(sent));
        Assert.That(answers.Sum(a => a.Value.Stored + a.Value.NotNewer.Length + a.Value.Refused.Length), Is.EqualTo(sent),
            "every report is counted in exactly one answer");
        Assert.That(answers.Sum(a => a.Value.Stored), Is.EqualTo(sent));
        // Cumulative: each answer accounts for exactly the reports since the previous one.
        var previous = 0L;
        foreach (var (answer, _) in answers)
        {
            Assert.That(answer.Stored + answer.NotNewer.Length + answer.Refused.Length, Is.EqualTo(answer.Through - previous), $"the answer through {answer.Through}");
            previous = answer.Through;
        }
        // While the reports kept coming, the answers were spaced by Fleet:PositionAckSeconds (1 s by default; allow for delivery jitter).
        var whileStreaming = answers.Where(a => a.At < completedAt).ToArray();
        Assert.That(whileStreaming, Has.Length.GreaterThanOrEqualTo(2), "answers came while the device was still streaming");
        for (var i = 1; i < whileStreaming.Length; i++)
            Assert.That(whileStreaming[i].At - whileStreaming[i - 1].At, Is.GreaterThan(TimeSpan.FromMilliseconds(700)),
                $"the gap before the answer through {whileStreaming[i].Value.Through}");
    }

    [Test]
    public async Task A_report_not_newer_than_the_stored_one_is_answered_not_newer_and_does_not_move_the_vehicle_back()
    {
        const string vehicle = "amb-03";
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var at = DateTimeOffset.UtcNow.AddSeconds(-5);

        var upload = await PositionUpload.OpenAsync(device);
        await upload.SendAsync(StreamedPositions.East(0, at));
        await upload.SendAsync(StreamedPositions.East(5, at.AddSeconds(-3))); // older
        await upload.SendAsync(StreamedPositions.East(6, at));                // as old as the stored one
        var answers = await upload.FinishAsync(StreamedPositions.Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(answers[^1].Through, Is.EqualTo(3));
            Assert.That(upload.NotNewer, Is.EqualTo(new long[] { 2, 3 }), "the reports by their number on the stream");
            Assert.That(upload.Stored, Is.EqualTo(1));
            Assert.That(upload.Refused, Is.Empty);
        });
        var geo = await RedisClient.GeoAsync(vehicle);
        Assert.That(geo!.Value.Longitude, Is.EqualTo(StreamedPositions.Lon).Within(1e-5), "the vehicle stays where the newest report put it");
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(at));
    }

    [Test]
    public async Task Invalid_reports_are_refused_by_number_with_the_reason_and_the_reports_after_them_are_stored()
    {
        const string vehicle = "amb-04";
        const string other = "amb-05";
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var at = DateTimeOffset.UtcNow.AddSeconds(-10);

        var upload = await PositionUpload.OpenAsync(device);
        await upload.SendAsync(StreamedPositions.East(0, at));
        await upload.SendAsync(new PositionReport(8.69, 49.40, at.AddSeconds(1)));                 // Heidelberg
        await upload.SendAsync(StreamedPositions.East(2, at.AddSeconds(2), vehicleId: other));    // another vehicle
        await upload.SendAsync(StreamedPositions.East(3, DateTimeOffset.UtcNow.AddHours(1)));     // from the future
        await upload.SendAsync(StreamedPositions.East(4, at.AddSeconds(4)));
        var answers = await upload.FinishAsync(StreamedPositions.Deadline);

        var refused = upload.Refused;
        Assert.Multiple(() =>
        {
            Assert.That(answers[^1].Through, Is.EqualTo(5), "the stream went on past the refused reports");
            Assert.That(refused.Select(r => r.Report), Is.EqualTo(new long[] { 2, 3, 4 }));
            Assert.That(refused[0].Reason, Does.Contain("outside the region"));
            Assert.That(refused[1].Reason, Does.Contain("own vehicle"));
            Assert.That(refused[2].Reason, Does.Contain("future"));
            Assert.That(upload.Stored, Is.EqualTo(2), "the first and the last report");
            Assert.That(upload.NotNewer, Is.Empty);
        });
        var geo = await RedisClient.GeoAsync(vehicle);
        Assert.That(geo!.Value.Longitude, Is.EqualTo(StreamedPositions.Lon + 0.004).Within(1e-5), "the report after the refused ones was stored");
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(at.AddSeconds(4)));
        Assert.That(await RedisClient.GeoAsync(other), Is.Null, "the report naming another vehicle did not move it");
    }

    [TestCase(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword)]
    [TestCase(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword)]
    public async Task A_caller_that_is_not_a_vehicle_device_cannot_open_the_stream(string user, string password)
    {
        await using var caller = await Server.ConnectHubAsync(await Server.SignInAsync(user, password));
        var positionsBefore = await RedisClient.GetDatabase().HashLengthAsync(FleetStore.LastSeenKey);

        var upload = await PositionUpload.OpenAsync(caller);
        await upload.SendAsync(StreamedPositions.East(0, DateTimeOffset.UtcNow));
        upload.Complete();

        var refused = Assert.ThrowsAsync<HubException>(() => upload.Finished.WaitAsync(StreamedPositions.Deadline));
        Assert.That(refused!.Message, Does.Contain("Only a vehicle device"));
        Assert.That(upload.Values, Is.Empty, "nothing was answered");
        Assert.That(await RedisClient.GetDatabase().HashLengthAsync(FleetStore.LastSeenKey), Is.EqualTo(positionsBefore), "nothing was stored");
        Assert.That(caller.State, Is.EqualTo(HubConnectionState.Connected), "the refusal ends the stream, not the connection");
    }

    [Test]
    public async Task The_devices_other_hub_calls_are_answered_while_its_stream_is_open()
    {
        const string vehicle = "amb-06";
        using var dispatcher = await DispatcherAsync();
        using var created = await dispatcher.PostAsJsonAsync("/api/calls", new { lon = 104.0745, lat = 30.6755, chiefComplaint = "Fall from a ladder", priority = 2 });
        created.EnsureSuccessStatusCode();
        var callId = JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        using var assigned = await dispatcher.PostAsJsonAsync($"/api/calls/{callId}/assign", new { vehicleId = vehicle });
        assigned.EnsureSuccessStatusCode();
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var start = DateTimeOffset.UtcNow.AddSeconds(-30);

        var upload = await PositionUpload.OpenAsync(device);
        await upload.SendAsync(StreamedPositions.East(1, start.AddSeconds(1)));
        await upload.AnsweredThroughAsync(1, StreamedPositions.Deadline);

        var assignment = await device.InvokeAsync<Call?>("CurrentAssignment").WaitAsync(StreamedPositions.Deadline);
        Assert.That(assignment?.Id, Is.EqualTo(callId));
        await upload.SendAsync(StreamedPositions.East(2, start.AddSeconds(2)));
        var enRoute = await device.InvokeAsync<Call>("ReportMilestone", callId, "EnRoute").WaitAsync(StreamedPositions.Deadline);
        Assert.That(enRoute.Status, Is.EqualTo(CallStatus.EnRoute));
        await upload.SendAsync(StreamedPositions.East(3, start.AddSeconds(3)));
        await device.InvokeAsync<Call>("ReportMilestone", callId, "Returning").WaitAsync(StreamedPositions.Deadline);
        var backInService = await device.InvokeAsync<string>("ReturnToService").WaitAsync(StreamedPositions.Deadline);
        Assert.That(backInService, Is.EqualTo("available"));
        Assert.That(upload.Finished.IsCompleted, Is.False, "the stream was open throughout");

        await upload.SendAsync(StreamedPositions.East(4, start.AddSeconds(4)));
        var answers = await upload.FinishAsync(StreamedPositions.Deadline);
        Assert.That(answers[^1].Through, Is.EqualTo(4));
        Assert.That(upload.Stored, Is.EqualTo(4), "the reports sent between the calls were stored too");
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(start.AddSeconds(4)));
    }

    [Test]
    public async Task A_stream_reopened_after_the_connection_dropped_stores_each_resent_report_once()
    {
        const string vehicle = "amb-07";
        var token = await Server.SignInAsync(StreamedPositions.Device(vehicle), DemoAccounts.DevicePassword);
        var start = DateTimeOffset.UtcNow.AddSeconds(-60);
        var reports = Enumerable.Range(1, 8).Select(i => StreamedPositions.East(i, start.AddSeconds(i))).ToArray();

        // The first connection uploads five reports and is gone before the device learns what was stored.
        await using var first = await Server.ConnectHubAsync(token);
        var dropped = await PositionUpload.OpenAsync(first);
        foreach (var report in reports[..5]) await dropped.SendAsync(report);
        var fifthMs = reports[4].Timestamp.ToUnixTimeMilliseconds();
        await Poll.UntilAsync(async () => (long?)await RedisClient.GetDatabase().HashGetAsync(FleetStore.SeenAtKey, vehicle) == fifthMs,
            StreamedPositions.Deadline, "the five reports to be stored");
        await first.DisposeAsync();

        // It reconnects and resends everything it has no answer for, then carries on.
        await using var second = await Server.ConnectHubAsync(token);
        var upload = await PositionUpload.OpenAsync(second);
        foreach (var report in reports[..5]) await upload.SendAsync(report);
        var resent = await upload.AnsweredThroughAsync(5, StreamedPositions.Deadline);
        Assert.That(upload.NotNewer, Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }), "already stored, so answered not newer");
        Assert.That(upload.Stored, Is.Zero);
        Assert.That(resent.Through, Is.EqualTo(5));
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(reports[4].Timestamp));

        foreach (var report in reports[5..]) await upload.SendAsync(report);
        var answers = await upload.FinishAsync(StreamedPositions.Deadline);
        Assert.That(answers[^1].Through, Is.EqualTo(8));
        Assert.That(upload.Stored, Is.EqualTo(3), "only the new reports");
        Assert.That(upload.Refused, Is.Empty);
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(reports[7].Timestamp));
    }
}

/// <summary>
/// A stream's reports spend the connection's call allowance like calls do, and a revoked sign-in ends the stream and
/// the connection, as it ends a connection making calls.
/// </summary>
[TestFixture]
public sealed class PositionStreamsKeepTheConnectionsAllowanceAndSignIn : ServerFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Hub:CallsPerSecond"] = "2",
        ["Hub:CallBurst"] = "4",
        ["Hub:RevocationCheckSeconds"] = "0.5",
    };

    [Test]
    public async Task Reports_beyond_the_connections_allowance_are_refused_and_the_stream_goes_on()
    {
        const string vehicle = "amb-08";
        const int burst = 12;
        await using var device = await Server.ConnectDeviceAsync(vehicle);
        var start = DateTimeOffset.UtcNow.AddSeconds(-60);

        var upload = await PositionUpload.OpenAsync(device);
        for (var i = 1; i <= burst; i++) await upload.SendAsync(StreamedPositions.East(i, start.AddMilliseconds(100 * i)));
        await upload.AnsweredThroughAsync(burst, StreamedPositions.Deadline);

        var refused = upload.Refused;
        Assert.That(refused, Has.Length.GreaterThanOrEqualTo(burst - 6), "at most the burst of 4 and a few refilled calls get through");
        Assert.That(refused.Select(r => r.Reason), Has.All.StartsWith("Too many calls"));
        Assert.That(upload.Stored + refused.Length, Is.EqualTo(burst));

        // Once the allowance refills, reports on the same stream are stored again.
        var next = burst;
        await Poll.UntilAsync(async () =>
        {
            next++;
            await upload.SendAsync(StreamedPositions.East(next, start.AddMilliseconds(100 * next)));
            var answer = await upload.AnsweredThroughAsync(next, StreamedPositions.Deadline);
            return answer.Refused.All(r => r.Report != next);
        }, StreamedPositions.Deadline, "a report after the burst to be stored");
        Assert.That((await RedisClient.LastSeenAsync(vehicle))!.Timestamp, Is.EqualTo(start.AddMilliseconds(100 * next)));
        Assert.That(upload.Finished.IsCompleted, Is.False, "the stream is still open");
        await upload.FinishAsync(StreamedPositions.Deadline);
    }

    [Test]
    public async Task Revoking_the_devices_sign_in_ends_its_stream_and_its_connection()
    {
        const string vehicle = "amb-09";
        var token = await Server.SignInAsync(StreamedPositions.Device(vehicle), DemoAccounts.DevicePassword);
        await using var device = await Server.ConnectHubAsync(token);
        var start = DateTimeOffset.UtcNow.AddSeconds(-60);
        var upload = await PositionUpload.OpenAsync(device);
        await upload.SendAsync(StreamedPositions.East(1, start));
        await upload.AnsweredThroughAsync(1, StreamedPositions.Deadline);

        using var client = Server.ClientWithToken(token);
        using var revoked = await client.PostAsync("/api/auth/revoke", null);
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        // The device goes on reporting, two a second (within its allowance), until the server cuts it off.
        var next = 1;
        await Poll.UntilAsync(async () =>
        {
            if (upload.Finished.IsCompleted) return true;
            next++;
            await upload.SendAsync(StreamedPositions.East(next, start.AddSeconds(next)));
            await Task.WhenAny(upload.Finished, Task.Delay(500));
            return upload.Finished.IsCompleted;
        }, StreamedPositions.Deadline, "the stream of the revoked device to end");
        Assert.That(upload.Finished.IsCompletedSuccessfully, Is.False, "the stream ends with an error, not as if the device had finished");
        await Poll.UntilAsync(() => device.State == HubConnectionState.Disconnected, StreamedPositions.Deadline, "the connection to be closed");
        var lastStored = (await RedisClient.LastSeenAsync(vehicle))!.Timestamp;
        Assert.That(lastStored, Is.LessThan(start.AddSeconds(next)), "the reports sent after the cut-off were not stored");
    }
}
