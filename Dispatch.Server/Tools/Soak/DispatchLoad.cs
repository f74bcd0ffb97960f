using System.Collections.Concurrent;
using System.Threading.Channels;
using Dispatch.Server.Fleet;
using Dispatch.Server.Realtime;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dispatch.Server.Tools.Soak;

/// <summary>Tokens of the demo region's people that a load run acts as.</summary>
public sealed record LoadCast(string Doctor, string FacilityId, string Dispatcher, string Hospital, string HospitalId, IReadOnlyDictionary<string, string> Devices);

/// <summary>
/// Drives a server like a busy shift: referrals through their whole lifecycle (doctor requests, dispatcher offers,
/// hospital accepts, dispatcher assigns, crew reports each leg, hospital hands over) and vehicles reporting positions.
/// Every acknowledged write goes into the log; an error is counted and the driver carries on.
/// </summary>
public sealed class DispatchLoad(HttpClient http, string serverUrl, LoadCast cast, AcknowledgementLog log)
{
    private static readonly (string Verb, string Who)[] Legs =
        [("offer", "dispatcher"), ("accept", "hospital"), ("assign-vehicle", "dispatcher"), ("en-route", "crew"),
         ("on-scene", "crew"), ("on-board", "crew"), ("arrived", "crew"), ("handover", "hospital")];

    /// <summary>Referral after referral carried by one vehicle's crew, until cancelled.</summary>
    public async Task RunReferralsAsync(string vehicleId, CancellationToken ct)
    {
        var doctor = new ReferralClient(http, cast.Doctor);
        var dispatcher = new ReferralClient(http, cast.Dispatcher);
        var hospital = new ReferralClient(http, cast.Hospital);
        var crew = new ReferralClient(http, cast.Devices[vehicleId]);
        var n = 0;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var ack = await doctor.CreateAsync(ReferralClient.Request(cast.FacilityId, $"Load {vehicleId} #{++n}"), null, ct);
                log.Referral(ack);
                foreach (var (verb, who) in Legs)
                {
                    object? body = verb switch
                    {
                        // Each acceptance holds one of the hospital's beds and the load never frees them; the load
                        // measures throughput, so its dispatcher and hospital confirm the override once the hospital reports none free.
                        "offer" => new { hospitalId = cast.HospitalId, confirmed = true },
                        "accept" => new { confirmed = true },
                        "assign-vehicle" => new { vehicleId },
                        _ => null,
                    };
                    var client = who switch { "dispatcher" => dispatcher, "hospital" => hospital, _ => crew };
                    log.Referral(await client.CommandAsync(ack.ReferralId, verb, body, null, ct));
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is CallFailed or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                log.Error($"referral via {vehicleId}: {Short(e.Message)}");
                await PauseAsync(ct);
            }
        }
    }

    /// <summary>One device reporting its position every <paramref name="interval"/>, one call each, reconnecting whenever it is cut off.</summary>
    public Task RunPositionsAsync(string vehicleId, TimeSpan interval, CancellationToken ct)
    {
        var walk = new Wander(vehicleId);
        return KeepReportingAsync(vehicleId, "position", async (hub, token) =>
        {
            var report = walk.Next();
            if (await hub.InvokeAsync<bool>(nameof(DispatchHub.ReportPosition), report, token)) log.Position(vehicleId, report.Timestamp);
            await Task.Delay(interval, token);
        }, ct);
    }

    /// <summary>
    /// One device reporting on the position stream every <paramref name="interval"/>, as real devices do: a report
    /// counts as acknowledged once an answer covers it as stored. Reconnects and reopens the stream whenever it is cut off.
    /// </summary>
    public Task RunStreamedPositionsAsync(string vehicleId, TimeSpan interval, CancellationToken ct)
    {
        var walk = new Wander(vehicleId);
        return KeepReportingAsync(vehicleId, "position stream", async (hub, token) =>
        {
            var upload = Channel.CreateUnbounded<PositionReport>(new UnboundedChannelOptions { SingleReader = true });
            var sent = new ConcurrentQueue<DateTimeOffset>();
            var answers = await hub.StreamAsChannelAsync<PositionReportsAnswered>(nameof(DispatchHub.StreamPositions), upload.Reader, token);
            var reading = LogAnswersAsync(vehicleId, answers, sent);
            try
            {
                while (!reading.IsCompleted && !token.IsCancellationRequested)
                {
                    var report = walk.Next();
                    sent.Enqueue(report.Timestamp);
                    upload.Writer.TryWrite(report);
                    await Task.WhenAny(Task.Delay(interval, token), reading);
                }
            }
            finally
            {
                upload.Writer.TryComplete();
            }
            await reading;
        }, ct);
    }

    /// <summary>Runs <paramref name="session"/> over and over on the device's connection, (re)connecting first when needed; an error is logged and paused on.</summary>
    private async Task KeepReportingAsync(string vehicleId, string what, Func<HubConnection, CancellationToken, Task> session, CancellationToken ct)
    {
        await using var hub = new HubConnectionBuilder()
            .WithUrl(serverUrl + "/hubs/dispatch", o => o.AccessTokenProvider = () => Task.FromResult<string?>(cast.Devices[vehicleId]))
            .Build();
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (hub.State == HubConnectionState.Disconnected) await hub.StartAsync(ct);
                await session(hub, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.Error($"{what} of {vehicleId}: {Short(e.Message)}");
                await PauseAsync(ct);
            }
        }
    }

    private async Task LogAnswersAsync(string vehicleId, ChannelReader<PositionReportsAnswered> answers, ConcurrentQueue<DateTimeOffset> sent)
    {
        var answered = 0L;
        await foreach (var answer in answers.ReadAllAsync())
        {
            while (answered < answer.Through && sent.TryDequeue(out var at))
                if (answer.WasStored(++answered)) log.Position(vehicleId, at);
        }
    }

    /// <summary>A device's positions: a random walk from the centre of the demo region that stays inside it.</summary>
    private sealed class Wander(string vehicleId)
    {
        private readonly Random _random = new(vehicleId.GetHashCode());
        private double _lon = 104.0859, _lat = 30.6904;

        public PositionReport Next()
        {
            _lon = Math.Clamp(_lon + (_random.NextDouble() - 0.5) * 0.001, 104.00, 104.20);
            _lat = Math.Clamp(_lat + (_random.NextDouble() - 0.5) * 0.001, 30.60, 30.75);
            return new PositionReport(_lon, _lat, DateTimeOffset.UtcNow, 40, 90);
        }
    }

    private static string Short(string message) => message.Length > 160 ? message[..160] + "…" : message;

    private static async Task PauseAsync(CancellationToken ct)
    {
        try { await Task.Delay(200, ct); } catch (OperationCanceledException) { }
    }
}
