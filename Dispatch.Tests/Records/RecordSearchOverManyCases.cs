using Dapper;
using Dispatch.Server.Records;
using Dispatch.Server.Records.Search;
using Dispatch.Server.Records.Store;
using Dispatch.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Dispatch.Tests.Records;

/// <summary>
/// Search over more cases than it counts: the total is exact up to the cap (or ten pages past the page asked for, when
/// that is further) and "at least" beyond it; a whole case number is one case however it is typed.
/// </summary>
public sealed class RecordSearchOverManyCases
{
    private NpgsqlDataSource _db = null!;
    private const int Cases = 1_700;

    [OneTimeSetUp]
    public async Task FillTheRecord()
    {
        var pg = await PostgresServer.SharedAsync();
        _db = NpgsqlDataSource.Create(await pg.FreshDatabaseAsync());
        await new MigrationRunner(_db, Migration.FromAssembly(typeof(RecordServiceCollectionExtensions).Assembly), NullLogger<MigrationRunner>.Instance)
            .ApplyAsync(CancellationToken.None);
        await using var conn = await _db.OpenConnectionAsync();
        // Every tenth case a cancelled one, so a filter can match fewer than the cap.
        await conn.ExecuteAsync("""
            INSERT INTO record_cases (id, kind, number, version, state, final, priority, patient_line, created_at, snapshot)
            SELECT 'c' || i, 'call', 'C20261101-' || lpad(i::text, 4, '0'), 1, CASE WHEN i % 10 = 0 THEN 'Cancelled' ELSE 'Completed' END, true,
                   1 + i % 4, '胸痛', timestamptz '2026-11-01 00:00Z' + i * interval '1 minute', '{}'::jsonb
            FROM generate_series(1, @Cases) i
            """, new { Cases });
    }

    [OneTimeTearDown]
    public async Task Close() => await _db.DisposeAsync();

    private Task<RecordPage> Search(RecordQuery q) => new RecordSearch(_db).SearchAsync(q, new RecordScope(null, null, true), CancellationToken.None);

    [Test]
    public async Task Fewer_matches_than_the_cap_are_counted_exactly()
    {
        var page = await Search(new RecordQuery { State = "cancelled" });
        Assert.That((page.Total, page.TotalIsAtLeast), Is.EqualTo(((long)Cases / 10, false)));
    }

    [Test]
    public async Task More_matches_than_the_cap_are_told_as_at_least_the_cap()
    {
        var page = await Search(new RecordQuery { Patient = "胸痛" });
        Assert.That((page.Total, page.TotalIsAtLeast), Is.EqualTo(((long)RecordPage.TotalCap, true)));
        Assert.That(page.Items, Has.Count.EqualTo(50));
    }

    [Test]
    public async Task A_deep_page_counts_ten_pages_past_itself()
    {
        var twenty = await Search(new RecordQuery { Page = 20, PageSize = 50 });
        Assert.That((twenty.Total, twenty.TotalIsAtLeast), Is.EqualTo((1_500L, true)), "pages 21 to 30 known to exist");
        var thirty = await Search(new RecordQuery { Page = 30, PageSize = 50 });
        Assert.That((thirty.Total, thirty.TotalIsAtLeast), Is.EqualTo(((long)Cases, false)), "the end of the record is in sight: the exact count");
        Assert.That(thirty.Items.Select(i => i.Id), Is.EqualTo(Enumerable.Range(1, 50).Select(i => "c" + (Cases - 29 * 50 - i + 1))), "newest first, page 30");
    }

    [TestCase("C20261101-0042")]
    [TestCase("c202611010042")]
    [TestCase(" C20261101-0042 ")]
    public async Task A_whole_number_finds_exactly_its_case(string typed)
    {
        var page = await Search(new RecordQuery { Number = typed });
        Assert.That(page.Items.Select(i => i.Id), Is.EqualTo(new[] { "c42" }));
    }

    [Test]
    public async Task Part_of_a_number_finds_every_case_that_contains_it()
    {
        var page = await Search(new RecordQuery { Number = "1101-004" });
        Assert.That(page.Items.Select(i => i.Id).Order(), Is.EqualTo(Enumerable.Range(40, 10).Select(i => "c" + i).Order()));
    }
}
