using System.CommandLine;
using System.Diagnostics;
using System.Threading.Channels;
using Dispatch.Server.Facilities;
using Dispatch.Server.Fleet;
using Dispatch.Server.Records.Projection;
using Dispatch.Server.Records.Search;
using Dispatch.Server.Regions;
using Dispatch.Server.Tools.Bench.Store;

namespace Dispatch.Server.Tools.Bench.Records;

/// <summary>
/// <c>bench-record</c>: fills a throwaway PostgreSQL cluster (the record store's real schema) with months of invented
/// calls, transports and referrals by binary COPY, then times the history searches through the search endpoint's own
/// query code, first without the search indexes (the baseline), then with them, and prints both side by side.
/// </summary>
public static class RecordBenchCommand
{
    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "Calls, transports and referrals to generate", DefaultValueFactory = _ => 1_000_000 };
        var months = new Option<int>("--months") { Description = "Months of history they are spread over", DefaultValueFactory = _ => 12 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each search with the indexes", DefaultValueFactory = _ => 200 };
        var baselineRuns = new Option<int>("--baseline-runs") { Description = "Timed runs of each search without the indexes", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the invented record and of the search parameters", DefaultValueFactory = _ => 42 };
        var port = new Option<int>("--pg-port") { Description = "Loopback port of the throwaway PostgreSQL (0: a free one)", DefaultValueFactory = _ => 0 };
        var regionPath = new Option<string?>("--region") { Description = "Region whose facilities, hospitals and vehicles the cases name (default: the bundled demo region)" };
        var command = new Command("bench-record", "History search over a generated record in PostgreSQL, with and without its indexes")
            { cases, months, runs, baselineRuns, seed, port, regionPath };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var total = parse.GetValue(cases);
            var days = Math.Max(1, (int)Math.Round(parse.GetValue(months) * 30.4));
            if (total < 100 || parse.GetValue(runs) < 1 || parse.GetValue(baselineRuns) < 1)
            {
                parse.InvocationConfiguration.Error.WriteLine("--cases must be at least 100; --runs and --baseline-runs at least 1.");
                return 1;
            }
            var source = parse.GetValue(regionPath) ?? Region.FindBundled() ?? throw new InvalidOperationException("No region found.");
            var places = Places(Region.Load(source));
            var now = DateTimeOffset.UtcNow;

            await using var pg = await ThrowawayPostgres.StartAsync(parse.GetValue(port), output, ct);
            var indexes = await SecondaryIndexes.OfAsync(pg, ["record_cases", "record_transitions"], ct);
            await indexes.DropAsync(ct);

            output.WriteLine($"Generating {total:N0} cases over {days} days and loading them with binary COPY…");
            var loading = Stopwatch.StartNew();
            var sample = new CaseSample(2000, parse.GetValue(seed));
            var transitions = await LoadAsync(pg, new InventedCases(places, parse.GetValue(seed)).Generate(total, days, now), sample, ct);
            await pg.ExecuteAsync("VACUUM ANALYZE record_cases", ct);
            await pg.ExecuteAsync("VACUUM ANALYZE record_transitions", ct);
            output.WriteLine($"Loaded {total:N0} cases and {transitions:N0} transitions in {loading.Elapsed.TotalSeconds:F0} s.");

            var search = new RecordSearch(pg.DataSource);
            var queries = RecordSearchQueries.Create(search, sample, places, now, days);
            var table = new LatencyTable();
            output.WriteLine($"Baseline: each search {parse.GetValue(baselineRuns)} times without the indexes ({string.Join(", ", indexes.Names)})…");
            await table.MeasureAsync(queries, indexed: false, parse.GetValue(baselineRuns), warmUp: 1, parse.GetValue(seed), parse.InvocationConfiguration.Error, ct);
            var built = await indexes.CreateAsync(ct);
            await pg.ExecuteAsync("ANALYZE record_cases", ct);
            output.WriteLine($"Built the indexes in {built.TotalSeconds:F0} s. Each search {parse.GetValue(runs)} times with them…");
            await table.MeasureAsync(queries, indexed: true, parse.GetValue(runs), warmUp: 3, parse.GetValue(seed), parse.InvocationConfiguration.Error, ct);

            table.Print(output, $"History search over {total:N0} stored cases ({days} days; RecordSearch.SearchAsync, page of 50, total counted to {RecordPage.TotalCap:N0} or {RecordPage.PagesCountedAhead} pages ahead); load average {LoadAverage()}.");
            output.WriteLine(table.AllMet ? "Target (search p99 ≤ 100 ms) met by every search." : "Target (search p99 ≤ 100 ms) missed by at least one search.");
            return table.Errors == 0 ? 0 : 2;
        });
        return command;
    }

    private static CasePlaces Places(Region region)
    {
        var facilities = FacilityRegistry.Load(region);
        var vehicles = VehicleRegistry.Load(region);
        return new CasePlaces(
            facilities.Grassroots.Select(f => f.Id).Order(StringComparer.Ordinal).ToList(),
            facilities.Hospitals.Select(h => h.Id).ToList(),
            vehicles.All.Select(v => v.Id).Order(StringComparer.Ordinal).ToList(),
            region.Definition.Center.Lon, region.Definition.Center.Lat);
    }

    /// <summary>Generation on this thread, COPY on two writers, batch by batch.</summary>
    private static async Task<long> LoadAsync(ThrowawayPostgres pg, IEnumerable<CaseChange> cases, CaseSample sample, CancellationToken ct)
    {
        var batches = Channel.CreateBounded<List<CaseChange>>(4);
        long transitions = 0;
        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(ct)) await RecordCopy.WriteAsync(pg.DataSource, batch, ct);
        }, ct)).ToList();
        try
        {
            var batch = new List<CaseChange>(10_000);
            foreach (var c in cases)
            {
                sample.Offer(c.Case);
                transitions += c.Transitions.Count;
                batch.Add(c);
                if (batch.Count < 10_000) continue;
                await batches.Writer.WriteAsync(batch, ct);
                batch = new List<CaseChange>(10_000);
            }
            if (batch.Count > 0) await batches.Writer.WriteAsync(batch, ct);
        }
        finally
        {
            batches.Writer.TryComplete();
        }
        await Task.WhenAll(writers);
        return transitions;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
