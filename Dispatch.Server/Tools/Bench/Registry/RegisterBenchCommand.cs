using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dispatch.Server.Facilities;
using Dispatch.Server.Regions;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Tools.Bench.Records;
using Dispatch.Server.Tools.Bench.Store;

namespace Dispatch.Server.Tools.Bench.Registry;

/// <summary>
/// <c>bench-register</c>: generates a county's key-population register in a throwaway PostgreSQL cluster (the register's
/// real schema, binary COPY), times the doctor's reads through <see cref="RegisterQueries"/> without the register's
/// indexes (the baseline) and with them, imports a generated XLSX ledger through the real server's import endpoint
/// (both ways), and follows the server's memory from an empty register to a full one.
/// </summary>
public static class RegisterBenchCommand
{
    public static Command Create()
    {
        var people = new Option<int>("--people") { Description = "Registered people in the county", DefaultValueFactory = _ => 200_000 };
        var contacts = new Option<long>("--contacts") { Description = "Contacts recorded with them", DefaultValueFactory = _ => 5_000_000 };
        var facilities = new Option<int>("--facilities") { Description = "Grassroots facilities", DefaultValueFactory = _ => 30 };
        var teams = new Option<int>("--teams") { Description = "Package teams in the county (spread evenly over the facilities)", DefaultValueFactory = _ => 300 };
        var importRows = new Option<int>("--import-rows") { Description = "Rows of the XLSX ledger imported", DefaultValueFactory = _ => 50_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each read with the indexes", DefaultValueFactory = _ => 200 };
        var baselineRuns = new Option<int>("--baseline-runs") { Description = "Timed runs of each read without the indexes", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the invented county, the ledger and the read parameters", DefaultValueFactory = _ => 42 };
        var port = new Option<int>("--pg-port") { Description = "Loopback port of the throwaway PostgreSQL (0: a free one)", DefaultValueFactory = _ => 0 };
        var regionPath = new Option<string?>("--region") { Description = "Region served by the server and whose grassroots facilities come first (default: the bundled demo region)" };
        var command = new Command("bench-register", "Key-population register at county scale: overdue lists, register pages, XLSX import, server memory")
            { people, contacts, facilities, teams, importRows, runs, baselineRuns, seed, port, regionPath };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            int n = parse.GetValue(people), f = parse.GetValue(facilities), rows = parse.GetValue(importRows), s = parse.GetValue(seed);
            var teamsPerFacility = Math.Max(1, parse.GetValue(teams) / Math.Max(1, f));
            if (n < f || f < 3 || rows < 1 || parse.GetValue(contacts) < 0 || parse.GetValue(runs) < 1 || parse.GetValue(baselineRuns) < 1)
            {
                error.WriteLine("--facilities must be at least 3, --people at least --facilities, --import-rows, --runs and --baseline-runs at least 1.");
                return 1;
            }
            var source = parse.GetValue(regionPath) ?? Region.FindBundled() ?? throw new InvalidOperationException("No region found.");
            var region = Region.Load(source);
            var county = County(region, f);
            var now = DateTimeOffset.UtcNow;
            var folder = Directory.CreateTempSubdirectory("dispatch-bench-register-");
            try
            {
                await using var pg = await ThrowawayPostgres.StartAsync(parse.GetValue(port), output, ct);
                var indexes = await SecondaryIndexes.OfAsync(pg, ["register_person", "register_contact", "register_tier_change"], ct);
                await indexes.DropAsync(ct);
                await using var server = await RegisterServer.StartAsync(source, pg.ConnectionString, output, ct);
                // The same doctor's reads before and after: the first facility stays out of the imports, so only the county's growth differs.
                await server.ReadAsync(county[0].Id, 100, ct);
                var memoryEmpty = server.WorkingSet;

                output.WriteLine($"Generating {n:N0} people in {f} facilities ({teamsPerFacility} teams each) with {parse.GetValue(contacts):N0} contacts, loading them with binary COPY…");
                var loading = Stopwatch.StartNew();
                var (written, contactsWritten) = await new InventedCounty(county, teamsPerFacility, s).WriteAsync(pg.DataSource, n, parse.GetValue(contacts), now, ct);
                foreach (var t in new[] { "register_person", "register_contact", "register_tier_change" }) await pg.ExecuteAsync($"VACUUM ANALYZE {t}", ct);
                output.WriteLine($"Loaded {written:N0} people and {contactsWritten:N0} contacts in {loading.Elapsed.TotalSeconds:F0} s.");

                var ledger = Path.Combine(folder.FullName, "ledger.xlsx");
                var writing = Stopwatch.StartNew();
                LedgerFile.Write(ledger, rows, county[1], teamsPerFacility, now, s);
                output.WriteLine($"Wrote a {rows:N0}-row XLSX ledger ({new FileInfo(ledger).Length / 1024.0 / 1024:F1} MB) in {writing.Elapsed.TotalSeconds:F1} s.");

                var queries = RegisterReadQueries.Create(new RegisterQueries(new RegisterDb(pg.DataSource), TimeProvider.System), county, teamsPerFacility);
                var table = new LatencyTable();
                output.WriteLine($"Baseline: each read {parse.GetValue(baselineRuns)} times without the indexes ({string.Join(", ", indexes.Names)})…");
                await table.MeasureAsync(queries, indexed: false, parse.GetValue(baselineRuns), warmUp: 1, s, error, ct);
                var built = await indexes.CreateAsync(ct);
                foreach (var t in new[] { "register_person", "register_contact", "register_tier_change" }) await pg.ExecuteAsync($"ANALYZE {t}", ct);
                output.WriteLine($"Built the indexes in {built.TotalSeconds:F0} s. Each read {parse.GetValue(runs)} times with them…");
                await table.MeasureAsync(queries, indexed: true, parse.GetValue(runs), warmUp: 3, s, error, ct);
                await server.ReadAsync(county[0].Id, 100, ct);
                var memoryLoaded = server.WorkingSet;

                // The imports come last, so every read above was of the county as generated (no facility ten times its size).
                output.WriteLine("Importing the ledger with the indexes, then without them…");
                var import = await server.ImportAsync(county[1].Id, ledger, ct);
                await indexes.DropAsync(ct);
                var importBaseline = await server.ImportAsync(county[2].Id, ledger, ct);
                await server.ReadAsync(county[0].Id, 100, ct);
                var memoryFull = server.WorkingSet;

                table.Print(output, $"Register reads over {written:N0} people and {contactsWritten:N0} contacts ({f} facilities, {teamsPerFacility * f} teams; RegisterQueries); load average {RecordBenchCommand.LoadAverage()}.");
                var c = CultureInfo.InvariantCulture;
                output.WriteLine();
                output.WriteLine($"| {"import through POST /api/register/import",-46} | {"with indexes",12} | {"no indexes",12} | {"ratio",7} | {"target",7} | {"met",3} |");
                output.WriteLine($"| {new string('-', 46)} | {new string('-', 12)} | {new string('-', 12)} | {new string('-', 7)} | {new string('-', 7)} | {new string('-', 3)} |");
                var importMet = import.Took.TotalSeconds <= 60 && import.Report.Imported == rows && importBaseline.Report.Imported == rows;
                output.WriteLine(string.Format(c, "| {0,-46} | {1,10:F1} s | {2,10:F1} s | {3,6:F2}x | {4,7} | {5,3} |",
                    $"{rows:N0}-row XLSX into a facility of {n / f:N0}", import.Took.TotalSeconds, importBaseline.Took.TotalSeconds,
                    importBaseline.Took.TotalSeconds / import.Took.TotalSeconds, "60 s", importMet ? "yes" : "no"));
                output.WriteLine(string.Format(c, "imported {0:N0} and {1:N0} of {2:N0} rows; errors {3} and {4}; skipped {5} and {6}.",
                    import.Report.Imported, importBaseline.Report.Imported, rows, import.Report.Errors.Count, importBaseline.Report.Errors.Count,
                    import.Report.Skipped.Count, importBaseline.Report.Skipped.Count));
                output.WriteLine();
                static double Mb(long bytes) => bytes / 1024.0 / 1024;
                output.WriteLine($"| {"server memory (working set)",-46} | {"empty register",14} | {"county loaded",14} | {"after imports",14} |");
                output.WriteLine($"| {new string('-', 46)} | {new string('-', 14)} | {new string('-', 14)} | {new string('-', 14)} |");
                output.WriteLine(string.Format(c, "| {0,-46} | {1,11:F0} MB | {2,11:F0} MB | {3,11:F0} MB |",
                    "server working set, same reads before each", Mb(memoryEmpty), Mb(memoryLoaded), Mb(memoryFull)));
                output.WriteLine(string.Format(c, "between the readings: +{0:N0} people and +{1:N0} contacts loaded; then +{2:N0} people imported through the server.",
                    written, contactsWritten, import.Report.Imported + importBaseline.Report.Imported));
                output.WriteLine(table.AllMet && importMet
                    ? "Targets met: overdue list p99 ≤ 50 ms, register page p99 ≤ 100 ms, import ≤ 60 s."
                    : "Targets missed: see the rows marked no.");
                return table.Errors == 0 && import.Report.Errors.Count == 0 && importBaseline.Report.Errors.Count == 0 ? 0 : 2;
            }
            finally
            {
                try { folder.Delete(recursive: true); } catch (IOException) { }
            }
        });
        return command;
    }

    /// <summary>The region's grassroots facilities first, then invented ones around the region's centre, up to <paramref name="count"/>.</summary>
    private static List<CountyFacility> County(Region region, int count)
    {
        var known = FacilityRegistry.Load(region).Grassroots.OrderBy(g => g.Id, StringComparer.Ordinal).Select(g => new CountyFacility(g.Id, g.Lon, g.Lat));
        var random = new Random(7);
        var invented = Enumerable.Range(1, count).Select(i => new CountyFacility($"bench-g-{i:D2}",
            region.Definition.Center.Lon + (random.NextDouble() - 0.5) * 0.5, region.Definition.Center.Lat + (random.NextDouble() - 0.5) * 0.4));
        return known.Concat(invented).Take(count).ToList();
    }
}
