using Dapper;
using Dispatch.Server.Facilities;
using Dispatch.Server.Records.Store;
using Dispatch.Server.Registry.Persistence;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry.Seed;

/// <summary>
/// With Registry:SeedDemo, gives every grassroots facility of the region an invented register at start, once: a facility
/// that already has invented people is left alone, so restarting `ops/run` seeds nothing twice.
/// </summary>
public sealed class DemoRegisterSeeder(RegisterDb db, FacilityRegistry facilities, RecordStoreReadiness readiness, IOptions<RegistryOptions> options, TimeProvider clock,
    ILogger<DemoRegisterSeeder> log)
    : BackgroundService
{
    public const string SeedUser = "demo-seed";

    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        if (!options.Value.SeedDemo) return;
        // The register's tables come with the record store's migrations, applied in the background at start.
        while (!readiness.IsReady) await Task.Delay(TimeSpan.FromSeconds(1), ct);
        try
        {
            var invent = new InventedPeople(options.Value);
            var now = clock.GetUtcNow();
            await using var connection = await db.OpenAsync(ct);
            foreach (var facility in facilities.Grassroots.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                // One seeding instance per facility at a time: a session lock keyed by the facility id, held while checking and writing.
                await connection.ExecuteAsync("SELECT pg_advisory_lock(hashtext('register-seed:' || @id))", new { id = facility.Id });
                try
                {
                    var seeded = await connection.ExecuteScalarAsync<bool>(
                        "SELECT EXISTS (SELECT 1 FROM register_person WHERE facility_id = @id AND invented)", new { id = facility.Id });
                    if (seeded) continue;
                    var people = invent.Generate(facility.Id, facility.Lon, facility.Lat, options.Value.SeedPeoplePerFacility, teams: 4, contactsPerPerson: 12, now,
                        seed: StableSeed(facility.Id)).ToList();
                    await InventedPeopleWriter.WriteAsync(connection, people, SeedUser, now, ct);
                }
                finally
                {
                    await connection.ExecuteAsync("SELECT pg_advisory_unlock(hashtext('register-seed:' || @id))", new { id = facility.Id });
                }
                log.LogInformation("Demo register of {Facility} is seeded", facility.Id);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Seeding the demo register failed");
        }
    }

    private static int StableSeed(string id) => id.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
