using System.Text.Json;
using Dispatch.Server.Fleet;
using Dispatch.Server.Tools.Load;
using Dispatch.Server.Regions;
using Dispatch.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using StackExchange.Redis;

namespace Dispatch.Tests.Tools.Load;

/// <summary>
/// The load test's lean client against a real server and Redis: it speaks the hub protocol well enough that the
/// server stores, acknowledges, refuses and pushes exactly as it does for Microsoft's client.
/// </summary>
[TestFixture]
public sealed class LeanClientAgainstARealServer
{
    private const int Devices = 4;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private RedisServer _redis = null!;
    private DispatchServerProcess _server = null!;
    private ConnectionMultiplexer _mux = null!;
    private string _regionFolder = null!;
    private GeoBounds _bounds = null!;
    private LoadTarget _target = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _regionFolder = Path.Combine(Path.GetTempPath(), "dispatch-tests", "lean-region-" + Guid.NewGuid().ToString("N")[..8]);
        var region = BenchRegion.Create(RepoPaths.ChengduRegion, _regionFolder, Devices);
        _redis = await RedisServer.StartAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string> { ["Region:Path"] = region });
        _mux = await _redis.ConnectAsync();
        _bounds = Region.Load(region).Definition.Bounds;
        _target = new LoadTarget(_server.Url, _redis.Configuration, _server.SigningKey,
            Enumerable.Range(0, Devices).Select(BenchRegion.VehicleId).ToList(), _bounds, ServerPid: null);
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _mux.DisposeAsync();
        await _server.DisposeAsync();
        await _redis.DisposeAsync();
        try { Directory.Delete(_regionFolder, recursive: true); } catch (IOException) { }
    }

    [Test]
    public async Task A_report_is_acknowledged_only_once_it_is_in_the_geo_set_and_the_last_seen_hash()
    {
        var vehicle = BenchRegion.VehicleId(0);
        var at = DateTimeOffset.UtcNow;
        var lon = (_bounds.West + _bounds.East) / 2;
        var lat = (_bounds.South + _bounds.North) / 2;
        var answered = new TaskCompletionSource<(CompletionMessage Completion, GeoPosition? Geo, string? LastSeen)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var db = _mux.GetDatabase();
        await using var connection = new LeanHubConnection(HubUri, DeviceToken(vehicle), new BoolAnswers())
        {
            // Looked up in Redis on the receive loop, before anything else happens: what was stored when the ack arrived.
            Completed = c => answered.TrySetResult((c, db.GeoPosition(FleetStore.GeoKey, vehicle), db.HashGet(FleetStore.LastSeenKey, vehicle))),
        };
        await connection.StartAsync(CancellationToken.None);

        await connection.SendAsync(new InvocationMessage("7", SimulatedDevice.Method, [new PositionReport(lon, lat, at, 40, 90)]));
        var (completion, geo, lastSeen) = await answered.Task.WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(completion.InvocationId, Is.EqualTo("7"));
            Assert.That(completion.Error, Is.Null);
            Assert.That(completion.Result, Is.EqualTo(true));
            Assert.That(geo, Is.Not.Null, "in the GEO set when acknowledged");
            Assert.That(geo!.Value.Longitude, Is.EqualTo(lon).Within(1e-5));
            Assert.That(geo.Value.Latitude, Is.EqualTo(lat).Within(1e-5));
            Assert.That(lastSeen, Is.Not.Null, "in the last-seen hash when acknowledged");
            var stored = JsonSerializer.Deserialize(lastSeen!, FleetJson.Default.VehiclePosition)!;
            Assert.That(stored.Timestamp.ToUnixTimeMilliseconds(), Is.EqualTo(at.ToUnixTimeMilliseconds()));
            Assert.That(stored.VehicleId, Is.EqualTo(vehicle));
        });
    }

    [Test]
    public async Task A_streamed_report_is_answered_only_once_it_is_in_the_geo_set_and_the_last_seen_hash()
    {
        var vehicle = BenchRegion.VehicleId(3);
        var lon = (_bounds.West + _bounds.East) / 2;
        var lat = (_bounds.South + _bounds.North) / 2;
        var times = Enumerable.Range(0, 3).Select(i => DateTimeOffset.UtcNow.AddMilliseconds(i * 10 - 100)).ToArray();
        var db = _mux.GetDatabase();
        var answers = new System.Collections.Concurrent.ConcurrentQueue<(PositionReportsAnswered Answer, long? StoredAtMs)>();
        await using var connection = new LeanHubConnection(HubUri, DeviceToken(vehicle), new StreamAnswers())
        {
            // Looked up in Redis on the receive loop, before anything else happens: what was stored when the answer arrived.
            StreamItem = item => answers.Enqueue(((PositionReportsAnswered)item.Item!, (long?)db.HashGet(FleetStore.SeenAtKey, vehicle))),
        };
        await connection.StartAsync(CancellationToken.None);

        await connection.SendAsync(new StreamInvocationMessage("1", SimulatedDevice.StreamMethod, [], ["2"]));
        foreach (var at in times) await connection.SendAsync(new StreamItemMessage("2", new PositionReport(lon, lat, at, 40, 90)));
        await Poll.UntilAsync(() => answers.Any(a => a.Answer.Through == times.Length), Deadline, "the answer covering every report");

        Assert.That(answers, Is.Not.Empty);
        foreach (var (answer, storedAtMs) in answers)
        {
            Assert.That(answer.NotNewer, Is.Empty);
            Assert.That(answer.Refused, Is.Empty);
            Assert.That(storedAtMs, Is.GreaterThanOrEqualTo(times[answer.Through - 1].ToUnixTimeMilliseconds()),
                $"report {answer.Through} was in Redis when its answer arrived");
        }
        Assert.That(answers.Sum(a => a.Answer.Stored), Is.EqualTo(times.Length));
    }

    [Test]
    public async Task A_device_counts_its_acknowledged_reports_and_the_dispatcher_probe_receives_them([Values] BenchReports reports)
    {
        var counters = new LoadCounters();
        var connections = new BenchConnections(_target, BenchClient.Lean, reports, counters);
        var probe = new DispatcherProbe(new Dictionary<string, int> { [BenchRegion.VehicleId(1)] = 0 }, counters);
        await using var dispatcher = connections.Dispatcher(0, probe);
        await using var device = connections.Device(BenchRegion.VehicleId(1), _bounds, new Random(1));
        await dispatcher.StartAsync(CancellationToken.None);
        await device.StartAsync(CancellationToken.None);

        for (var i = 0; i < 3; i++)
        {
            await Poll.UntilAsync(() => !device.Busy, Deadline, "the previous report to be answered");
            Assert.That(device.TrySend(), Is.True);
        }
        await Poll.UntilAsync(() => !device.Busy, Deadline, "the last report to be answered");
        await Poll.UntilAsync(() => probe.Newest(0) >= device.Acked[^1], Deadline, "the dispatcher to receive the last acknowledged report");

        Assert.Multiple(() =>
        {
            Assert.That(counters.Errors, Is.Zero, string.Join("; ", counters.TopErrors(3)));
            Assert.That(counters.Acked, Is.EqualTo(3));
            Assert.That(device.Acked, Has.Count.EqualTo(3));
            Assert.That(probe.Delivered(0), Is.SubsetOf(device.Acked), "nothing delivered that was not acknowledged");
            Assert.That(DeliveryCheck.Of([device], probe).Consistent, Is.True);
            Assert.That(device.Connected, Is.True);
        });
    }

    [Test]
    public async Task A_hub_error_is_counted_as_an_error_and_the_device_goes_on([Values] BenchReports reports)
    {
        var counters = new LoadCounters();
        var connections = new BenchConnections(_target, BenchClient.Lean, reports, counters);
        // Positions on the other side of the world: the server's validation refuses every one with a HubException.
        var nowhere = new GeoBounds(-10, -10, -9, -9);
        await using var device = connections.Device(BenchRegion.VehicleId(2), nowhere, new Random(2));
        await device.StartAsync(CancellationToken.None);

        Assert.That(device.TrySend(), Is.True);
        await Poll.UntilAsync(() => !device.Busy, Deadline, "the refused report to be answered");
        Assert.That(device.TrySend(), Is.True);
        await Poll.UntilAsync(() => !device.Busy, Deadline, "the second refused report to be answered");

        Assert.Multiple(() =>
        {
            Assert.That(counters.Errors, Is.EqualTo(2));
            Assert.That(counters.Acked, Is.Zero);
            Assert.That(device.Acked, Is.Empty);
            Assert.That(counters.TopErrors(1).Single(), Does.Contain("HubException").And.Contain("outside the region"));
            Assert.That(device.Connected, Is.True, "a refused report does not end the connection");
        });
    }

    [Test]
    public async Task A_device_refused_by_the_server_fails_to_connect()
    {
        await using var connection = new LeanHubConnection(HubUri, "not-a-token", new BoolAnswers());
        Assert.That(async () => await connection.StartAsync(CancellationToken.None), Throws.InstanceOf<Exception>());
        Assert.That(connection.Connected, Is.False);
    }

    private Uri HubUri => new(_server.Url.Replace("http://", "ws://") + "/hubs/dispatch");

    private string DeviceToken(string vehicle)
    {
        var issuer = new Dispatch.Server.Accounts.TokenIssuer(Dispatch.Server.Accounts.SigningKey.FromSecret(_server.SigningKey),
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), TimeProvider.System);
        return issuer.Issue(new Dispatch.Server.Accounts.Account
        {
            Username = $"device.{vehicle}", Role = Dispatch.Server.Accounts.Roles.Vehicle, DisplayName = vehicle, PasswordHash = "-", VehicleId = vehicle,
        }, TimeSpan.FromMinutes(10)).Token;
    }

    private sealed class StreamAnswers : IInvocationBinder
    {
        public Type GetReturnType(string invocationId) => typeof(object);
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => Type.EmptyTypes;
        public Type GetStreamItemType(string streamId) => typeof(PositionReportsAnswered);
    }

    private sealed class BoolAnswers : IInvocationBinder
    {
        public Type GetReturnType(string invocationId) => typeof(bool);
        public IReadOnlyList<Type> GetParameterTypes(string methodName) => Type.EmptyTypes;
        public Type GetStreamItemType(string streamId) => typeof(object);
    }
}
