using System.Net;
using System.Net.Http.Json;
using Dapper;
using Dispatch.Server.Referrals.Persistence;
using Dispatch.Server.Registry.Referrals;
using Dispatch.Tests.Infrastructure;
using Npgsql;
using StackExchange.Redis;

namespace Dispatch.Tests.Registry;

/// <summary>
/// A registered person's referral history travels through a Redis outbox written with each referral change. With
/// PostgreSQL down and then the server killed while entries wait, every change still reaches the register once the
/// two are back, exactly once per referral version; an entry relayed twice (a relay dying between the insert and the
/// removal) leaves one row.
/// </summary>
[NonParallelizable]
public sealed class ReferralHistoryReachesTheRegisterThroughCrashes
{
    private RedisServer _redis = null!;
    private PostgresServer _pg = null!;
    private string _database = null!;
    private ConnectionMultiplexer _mux = null!;
    private DispatchServerProcess _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _redis = await RedisServer.StartAsync();
        _pg = await PostgresServer.StartAsync();
        _database = await _pg.FreshDatabaseAsync();
        _mux = await _redis.ConnectAsync();
        _server = await DispatchServerProcess.StartAsync(_redis, new Dictionary<string, string>
        {
            ["Postgres:ConnectionString"] = _database,
            ["Postgres:RetrySeconds"] = "0.5",
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _server.DisposeAsync();
        await _mux.DisposeAsync();
        await _pg.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private async Task<HttpClient> SignedInAsync(string username, string password) =>
        _server.ClientWithToken(await _server.SignInAsync(username, password));

    private IDatabase Outbox => _mux.GetDatabase();

    [Test]
    public async Task Changes_made_while_PostgreSQL_is_down_and_the_server_then_killed_reach_the_persons_history_once_each()
    {
        using var doctor = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        await Poll.UntilAsync(async () => (await doctor.GetAsync("/api/register/teams")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30), "the register to be ready");
        var person = await RegisterPeople.CreateAsync(doctor, "断电测试" + Guid.NewGuid().ToString("N")[..4], phone: "13900003001");
        var referrals = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var created = await doctor.PostAsJsonAsync("/api/referrals", RegisterPeople.Referral(person, "g-01"));
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            referrals.Add((await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("referral").GetProperty("id").GetString()!);
        }

        // The register goes away; the referrals move on in Redis, and their history waits in the outbox.
        _pg.Kill();
        foreach (var id in referrals)
        {
            using var cancelled = await doctor.PostAsJsonAsync($"/api/referrals/{id}/cancel", new { reason = "家属拒绝转诊" });
            Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
        }
        Assert.That(await Outbox.StreamLengthAsync(RegisterOutbox.Key), Is.GreaterThanOrEqualTo(referrals.Count), "the cancellations wait in the outbox");

        // Then the server dies with them pending, and both come back.
        _server.Kill();
        await _pg.RestartAsync();
        await _server.RestartAsync();
        await Poll.UntilAsync(async () => await Outbox.StreamLengthAsync(RegisterOutbox.Key) == 0, TimeSpan.FromSeconds(60), "the outbox to drain");

        foreach (var id in referrals)
        {
            var stored = (long)await Outbox.HashGetAsync(ReferralKeys.Referral(id), "v");
            Assert.That(await VersionsAsync(id), Is.EqualTo(Enumerable.Range(1, (int)stored).Select(v => (long)v).ToList()),
                $"referral {id}: every stored version, once");
        }
        using var seen = await SignedInAsync(DemoAccounts.DoctorA, DemoAccounts.DoctorPassword);
        var page = await seen.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/register/people/{person}");
        var ended = page.GetProperty("referrals").EnumerateArray()
            .Where(r => r.GetProperty("state").GetString() == "cancelled").Select(r => r.GetProperty("referralId").GetString()).ToList();
        Assert.That(ended, Is.EquivalentTo(referrals), "the person's page shows each referral's cancellation, once");

        // A relay that died after its insert and before removing the entry hands the same entry over again.
        var again = referrals[0];
        var last = (long)await Outbox.HashGetAsync(ReferralKeys.Referral(again), "v");
        await Outbox.StreamAddAsync(RegisterOutbox.Key, [
            new("referral", again), new("version", last), new("person", person), new("at", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()),
            new("state", "Cancelled"), new("hospital", ""), new("reason", "家属拒绝转诊"),
        ]);
        await Poll.UntilAsync(async () => await Outbox.StreamLengthAsync(RegisterOutbox.Key) == 0, TimeSpan.FromSeconds(30), "the repeated entry to be relayed");
        Assert.That(await VersionsAsync(again), Has.Count.EqualTo(last), "the repeat added no row");
    }

    private async Task<List<long>> VersionsAsync(string referralId)
    {
        await using var connection = new NpgsqlConnection(_database);
        return (await connection.QueryAsync<long>(
            "SELECT version FROM register_referral_event WHERE referral_id = @referralId ORDER BY version", new { referralId })).ToList();
    }
}
