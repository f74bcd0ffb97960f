using System.Text.Json.Nodes;
using Dapper;
using Dispatch.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace Dispatch.Tests.Records;

/// <summary>
/// The projector under faults: the server killed mid-projection, a replay from zero, and PostgreSQL stopped for
/// 30 s under load. After each, the record equals what Redis holds, row by row.
/// </summary>
[NonParallelizable]
public class ProjectorKeepsTheRecordThroughFaults
{
    private RedisServer _redis = null!;
    private PostgresServer _pg = null!;
    private string _record = null!;
    private ConnectionMultiplexer _mux = null!;
    private DispatchServerProcess? _server;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _pg = await PostgresServer.StartAsync();
        _record = await _pg.FreshDatabaseAsync();
        _mux = await _redis.ConnectAsync();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_server is not null) await _server.DisposeAsync();
        await _mux.DisposeAsync();
        await _pg.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private async Task<DispatchServerProcess> StartServerAsync(bool project, int batch = 200)
    {
        if (_server is not null) await _server.DisposeAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string>
        {
            ["Postgres:ConnectionString"] = _record,
            ["Postgres:RetrySeconds"] = "0.5",
            ["Records:Projector"] = project ? "true" : "false",
            ["Records:ProjectorIntervalMs"] = "200",
            ["Records:ProjectorBatch"] = batch.ToString(),
            ["Referrals:AutoMatch"] = "false",
        });
        return _server;
    }

    private async Task RecordEqualsRedisAsync(TimeSpan within)
    {
        IReadOnlyList<string> last = [];
        try
        {
            await Poll.UntilAsync(async () => (last = await RecordComparison.DifferencesAsync(_mux, _record)).Count == 0, within, "the record to equal Redis");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"{last.Count} differences remain, e.g.:\n{string.Join("\n", last.Take(15))}");
        }
    }

    [Test, Order(1)]
    public async Task Killed_mid_projection_the_server_resumes_where_it_stopped_and_the_record_equals_the_streams()
    {
        var server = await StartServerAsync(project: false);
        var load = new RecordLoad(server);
        for (var n = 1; n <= 150; n++) await load.RoundAsync(n);
        var total = (int)await _mux.GetDatabase().SortedSetLengthAsync("dispatch:referrals:index")
                    + (int)await _mux.GetDatabase().SortedSetLengthAsync("dispatch:calls:all");
        Assert.That(await RecordComparison.CountsAsync(_record), Is.EqualTo((0, 0)), "nothing projected while the projector is off");

        // One case per transaction, so the kill lands between commits.
        server = await StartServerAsync(project: true, batch: 1);
        await Poll.UntilAsync(async () => (await RecordComparison.CountsAsync(_record)).Cases > 0, TimeSpan.FromSeconds(30), "the projection to start");
        server.Kill();
        var atKill = (await RecordComparison.CountsAsync(_record)).Cases;
        Assert.That(atKill, Is.LessThan(total), "the server was killed before the projection finished");

        await StartServerAsync(project: true);
        await RecordEqualsRedisAsync(TimeSpan.FromSeconds(60));
    }

    [Test, Order(2)]
    public async Task A_replay_from_zero_writes_nothing_twice_and_a_wiped_record_is_rebuilt_identical()
    {
        _server ??= await StartServerAsync(project: true);
        await RecordEqualsRedisAsync(TimeSpan.FromSeconds(60));
        var before = await RecordComparison.CountsAsync(_record);

        await using (var conn = new NpgsqlConnection(_record))
            await conn.ExecuteAsync("UPDATE record_cases SET version = 0; DELETE FROM record_checkpoints;");
        await Poll.UntilAsync(async () =>
        {
            await using var conn = new NpgsqlConnection(_record);
            return await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM record_cases WHERE version = 0") == 0;
        }, TimeSpan.FromSeconds(60), "the replay to reach every case");
        Assert.That(await RecordComparison.CountsAsync(_record), Is.EqualTo(before), "the replay added no row");
        await RecordEqualsRedisAsync(TimeSpan.FromSeconds(5));

        await using (var conn = new NpgsqlConnection(_record))
            await conn.ExecuteAsync("DELETE FROM record_transitions; DELETE FROM record_cases; DELETE FROM record_checkpoints;");
        await RecordEqualsRedisAsync(TimeSpan.FromSeconds(60));
        Assert.That(await RecordComparison.CountsAsync(_record), Is.EqualTo(before));
    }

    [Test, Order(3)]
    public async Task PostgreSQL_down_for_30_s_under_load_delays_the_record_and_loses_nothing()
    {
        var server = _server ??= await StartServerAsync(project: true);
        var load = new RecordLoad(server);
        var n = 10_000;
        for (var i = 0; i < 5; i++) await load.RoundAsync(n++);

        _pg.Kill();
        var outageEnds = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var takenDuringOutage = new List<string>();
        while (DateTime.UtcNow < outageEnds)
        {
            // Live work goes on: every request is answered (RoundAsync throws on any refusal).
            var (referral, call) = await load.RoundAsync(n++);
            takenDuringOutage.AddRange([referral, call]);
        }
        using (var health = await server.Http.GetAsync("/health"))
        {
            var checks = JsonNode.Parse(await health.Content.ReadAsStringAsync())!["checks"]!;
            Assert.Multiple(() =>
            {
                Assert.That((int)health.StatusCode, Is.EqualTo(200), "the instance stays in rotation");
                Assert.That(checks["postgres"]!["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
                Assert.That(checks["redis"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
            });
        }
        Assert.That(takenDuringOutage, Has.Count.GreaterThan(6), "load kept flowing during the outage");

        await _pg.RestartAsync();
        await RecordEqualsRedisAsync(TimeSpan.FromSeconds(90));
        await using var conn = new NpgsqlConnection(_record);
        var kept = (await conn.QueryAsync<string>("SELECT id FROM record_cases WHERE id = ANY(@Ids)", new { Ids = takenDuringOutage.ToArray() })).ToList();
        Assert.That(kept, Is.EquivalentTo(takenDuringOutage), "every case taken during the outage reached the record");
    }
}
