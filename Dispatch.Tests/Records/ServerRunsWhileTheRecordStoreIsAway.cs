using System.Text.Json.Nodes;
using Dispatch.Tests.Infrastructure;

namespace Dispatch.Tests.Records;

/// <summary>Live dispatch runs on Redis: a server whose PostgreSQL is down starts, serves, and migrates once it appears.</summary>
public class ServerRunsWhileTheRecordStoreIsAway
{
    private static async Task<JsonNode> HealthAsync(DispatchServerProcess server)
    {
        using var response = await server.Http.GetAsync("/health");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Test]
    public async Task Server_starts_and_serves_without_postgres_then_migrates_when_it_comes_up()
    {
        await using var redis = await RedisServer.StartAsync();
        var pgPort = FreePort.Next();
        await using var server = await DispatchServerProcess.StartAsync(redis, new Dictionary<string, string>
        {
            ["Postgres:ConnectionString"] = $"Host=127.0.0.1;Port={pgPort};Database=dispatch;Username=postgres;Timeout=2",
            ["Postgres:RetrySeconds"] = "0.5",
        });
        var health = await HealthAsync(server);
        Assert.That(health["checks"]!["postgres"]!["status"]!.GetValue<string>(), Is.EqualTo("Degraded"));
        Assert.That(health["checks"]!["redis"]!["status"]!.GetValue<string>(), Is.EqualTo("Healthy"));
        using (var dispatcher = server.ClientWithToken(await server.SignInAsync(DemoAccounts.Dispatcher, DemoAccounts.DispatcherPassword)))
        using (var calls = await dispatcher.GetAsync("/api/calls"))
            Assert.That((int)calls.StatusCode, Is.EqualTo(200), "live features answer while the record store is away");
        await using var pg = await PostgresServer.StartAsync(pgPort);
        await Poll.UntilAsync(async () => (await HealthAsync(server))["checks"]!["postgres"]!["status"]!.GetValue<string>() == "Healthy",
            TimeSpan.FromSeconds(30), "the record store to be created and migrated once PostgreSQL is up");
        Assert.That((await HealthAsync(server))["checks"]!["postgres"]!["Description"]!.GetValue<string>(), Does.Contain("schema"));
    }
}
