using Dapper;
using Dispatch.Server.Records;
using Dispatch.Server.Records.Store;
using Dispatch.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dispatch.Tests.Records;

public class RecordSchemaMigrates
{
    private static readonly IReadOnlyList<Migration> Embedded = Migration.FromAssembly(typeof(RecordServiceCollectionExtensions).Assembly);

    [Test]
    public void Migrations_are_found_in_the_server_assembly_in_number_order()
    {
        Assert.That(Embedded.Select(m => m.Version), Is.Ordered.And.Unique);
        Assert.That(Embedded.Select(m => m.Version), Does.Contain(1), "the record store's first migration");
    }

    [Test]
    public async Task Four_instances_migrating_at_once_apply_each_step_exactly_once()
    {
        var pg = await PostgresServer.SharedAsync();
        await using var db = NpgsqlDataSource.Create(await pg.FreshDatabaseAsync());
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            new MigrationRunner(db, Embedded, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None)));

        await using var conn = await db.OpenConnectionAsync();
        var recorded = (await conn.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(runs.SelectMany(r => r).Order(), Is.EqualTo(Embedded.Select(m => m.Version)), "each step applied by exactly one instance");
            Assert.That(recorded, Is.EqualTo(Embedded.Select(m => m.Version)));
        });
    }

    [Test]
    public async Task A_failing_step_leaves_nothing_behind_and_is_retried_next_start()
    {
        var pg = await PostgresServer.SharedAsync();
        await using var db = NpgsqlDataSource.Create(await pg.FreshDatabaseAsync());
        var broken = new List<Migration>(Embedded) { new(9998, "half_done", "CREATE TABLE half_done (x int); SELECT 1/0;") };
        Assert.ThrowsAsync<PostgresException>(() => new MigrationRunner(db, broken, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None));

        await using var conn = await db.OpenConnectionAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(await conn.ExecuteScalarAsync<bool>("SELECT to_regclass('half_done') IS NOT NULL"), Is.False, "the failed step's table rolled back");
            Assert.That(await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_migrations WHERE version = 9998"), Is.Zero);
        });
        var fixedSteps = new List<Migration>(Embedded) { new(9998, "half_done", "CREATE TABLE half_done (x int);") };
        var applied = await new MigrationRunner(db, fixedSteps, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
        Assert.That(applied, Is.EqualTo(new[] { 9998 }));
    }
}
