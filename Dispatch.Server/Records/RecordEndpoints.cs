using System.Globalization;
using Dispatch.Server.Accounts;
using Dispatch.Server.Records.Cases;
using Dispatch.Server.Records.Fhir;
using Dispatch.Server.Records.Reports;
using Dispatch.Server.Records.Search;
using Dispatch.Server.Records.Store;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;

namespace Dispatch.Server.Records;

/// <summary>
/// The record over HTTP: search, a case with its timeline and track, its FHIR history, and period reports with
/// exports. Dispatchers and admins read every case; doctors their facility's; hospitals theirs. Every read is kept.
/// All answer 503 until the record store is ready.
/// </summary>
public static class RecordEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(92);
    private static readonly string[] Readers = [Roles.Dispatcher, Roles.Admin, Roles.Doctor, Roles.Hospital];

    private static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Title = "Invalid request", Status = 400, Type = "invalidRequest" });

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "No such case", detail: $"Case {id} is not in the record, or not yours to read.", statusCode: 404, type: "caseNotFound");

    /// <summary>A period from query parameters; by default the last 12 hours (one shift).</summary>
    private static (DateTimeOffset From, DateTimeOffset To, Dictionary<string, string[]> Errors) Period(DateTimeOffset? from, DateTimeOffset? to, TimeProvider clock)
    {
        var end = to ?? clock.GetUtcNow();
        var start = from ?? end.AddHours(-12);
        var errors = new Dictionary<string, string[]>();
        if (start >= end) errors["to"] = ["to is after from."];
        else if (end - start > LongestPeriod) errors["from"] = ["A report covers at most 92 days."];
        return (start, end, errors);
    }

    public static IEndpointRouteBuilder MapRecordEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/records").WithTags("Record")
            .AddEndpointFilter<RecordStoreGate>()
            .RequireAuthorization(p => p.RequireRole(Readers))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/cases", async Task<Results<Ok<RecordPage>, ProblemHttpResult>> (
                [AsParameters] RecordQuery query, HttpContext http, RecordSearch search, RecordReads reads, CancellationToken ct) =>
            {
                if (query.Problems() is { Count: > 0 } errors) return Invalid(errors);
                var scope = RecordScope.Of(http.User)!;
                var page = await search.SearchAsync(query, scope, ct);
                await reads.NoteAsync(http.User, "search " + http.Request.QueryString.Value, null, ct);
                return TypedResults.Ok(page);
            })
            .WithName("SearchRecord")
            .WithSummary("Search past and present calls, transports and referrals; paged and sorted, scoped to the reader")
            .ProducesValidationProblem();

        group.MapGet("/cases/{id}", async Task<Results<Ok<CaseRecord>, ProblemHttpResult>> (
                string id, HttpContext http, CaseReader cases, RecordReads reads, CancellationToken ct) =>
            {
                if (await cases.FindAsync(id, RecordScope.Of(http.User)!, ct) is not { } found) return NotFound(id);
                await reads.NoteAsync(http.User, "case", id, ct);
                return TypedResults.Ok(found);
            })
            .WithName("GetRecordCase")
            .WithSummary("One case: every transition (who, role, when, reason), where its mission went from and to, and its last snapshot")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/cases/{id}/track", async Task<Results<Ok<CaseTrack>, ProblemHttpResult>> (
                string id, HttpContext http, CaseReader cases, RecordReads reads, CancellationToken ct) =>
            {
                if (await cases.FindAsync(id, RecordScope.Of(http.User)!, ct) is null) return NotFound(id);
                await reads.NoteAsync(http.User, "track", id, ct);
                return TypedResults.Ok(await cases.TrackAsync(id, ct));
            })
            .WithName("GetRecordCaseTrack")
            .WithSummary("The positions the vehicles recorded on this case's mission, oldest first, for playback")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/cases/{id}/fhir", async Task<Results<ContentHttpResult, ProblemHttpResult>> (
                string id, HttpContext http, CaseReader cases, RecordReads reads, CancellationToken ct) =>
            {
                if (await cases.FindAsync(id, RecordScope.Of(http.User)!, ct) is not { } found) return NotFound(id);
                if (found.Summary.Kind != Projection.RecordKinds.Referral || !found.Summary.Final)
                    return TypedResults.Problem(title: "Not a closed referral", detail: "Only a closed referral exports with its history.", statusCode: 409, type: "notAClosedReferral");
                await reads.NoteAsync(http.User, "fhir", id, ct);
                return TypedResults.Text(ReferralHistoryFhir.ToJson(found), "application/fhir+json");
            })
            .WithName("GetRecordReferralFhir")
            .WithSummary("A closed referral with its whole history as an HL7 FHIR R4 Bundle: the Task with every state passed in Task.output and the timeline in extensions, and one Provenance per transition")
            .Produces<string>(StatusCodes.Status200OK, "application/fhir+json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/reports/shift", async Task<Results<Ok<ShiftReport>, ProblemHttpResult>> (
                DateTimeOffset? from, DateTimeOffset? to, HttpContext http, ShiftReports reports, RecordReads reads, TimeProvider clock, CancellationToken ct) =>
            {
                var period = Period(from, to, clock);
                if (period.Errors.Count > 0) return Invalid(period.Errors);
                await reads.NoteAsync(http.User, $"report {period.From:o}..{period.To:o}", null, ct);
                return TypedResults.Ok(await reports.BuildAsync(period.From, period.To, RecordScope.Of(http.User)!, ct));
            })
            .WithName("GetShiftReport")
            .WithSummary("Counts by outcome, 3-minute departures, response and request-to-acceptance p50/p90, escalations, referrals by hospital, declines by reason; default the last 12 hours")
            .ProducesValidationProblem();

        group.MapGet("/reports/shift.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                DateTimeOffset? from, DateTimeOffset? to, string? lang, HttpContext http, ShiftReports reports, ShiftCases cases, RecordReads reads, TimeProvider clock, CancellationToken ct) =>
            {
                var period = Period(from, to, clock);
                if (period.Errors.Count > 0) return Invalid(period.Errors);
                var scope = RecordScope.Of(http.User)!;
                var report = await reports.BuildAsync(period.From, period.To, scope, ct);
                var rows = await cases.ListAsync(period.From, period.To, scope, ct);
                await reads.NoteAsync(http.User, $"export xlsx {period.From:o}..{period.To:o}", null, ct);
                return TypedResults.File(ReportExport.Xlsx(report, rows, lang), Xlsx, FileName(period.From, period.To, "xlsx"));
            })
            .WithName("ExportShiftXlsx")
            .WithSummary("The period report as a spreadsheet: summary, every case, referrals by hospital, declines by reason")
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .ProducesValidationProblem();

        group.MapGet("/reports/shift.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                DateTimeOffset? from, DateTimeOffset? to, string? lang, HttpContext http, ShiftCases cases, RecordReads reads, TimeProvider clock, CancellationToken ct) =>
            {
                var period = Period(from, to, clock);
                if (period.Errors.Count > 0) return Invalid(period.Errors);
                var rows = await cases.ListAsync(period.From, period.To, RecordScope.Of(http.User)!, ct);
                await reads.NoteAsync(http.User, $"export csv {period.From:o}..{period.To:o}", null, ct);
                return TypedResults.File(ReportExport.Csv(rows, lang), "text/csv; charset=utf-8", FileName(period.From, period.To, "csv"));
            })
            .WithName("ExportShiftCsv")
            .WithSummary("Every case of the period as CSV (UTF-8 with a byte-order mark)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        var daily = app.MapGroup("/api/records/reports").WithTags("Record")
            .AddEndpointFilter<RecordStoreGate>()
            .RequireAuthorization(p => p.RequireRole(Roles.Dispatcher, Roles.Admin))
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        daily.MapGet("/daily", async Task<Results<Ok<DailySummary>, ProblemHttpResult>> (
                string? date, HttpContext http, DailySummaries summaries, RecordReads reads, TimeProvider clock, CancellationToken ct) =>
            {
                if (ParseDay(date, clock) is not { } day) return Invalid(new() { ["date"] = ["date is yyyy-MM-dd."] });
                await reads.NoteAsync(http.User, $"daily {day:yyyy-MM-dd}", null, ct);
                return TypedResults.Ok(await summaries.BuildAsync(day, ct));
            })
            .WithName("GetDailySummary")
            .WithSummary("One day (China Standard Time) in the fixed layout sent to the county health commission; default today")
            .ProducesValidationProblem();

        daily.MapGet("/daily.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                string? date, string? lang, HttpContext http, DailySummaries summaries, RecordReads reads, TimeProvider clock, CancellationToken ct) =>
            {
                if (ParseDay(date, clock) is not { } day) return Invalid(new() { ["date"] = ["date is yyyy-MM-dd."] });
                var summary = await summaries.BuildAsync(day, ct);
                await reads.NoteAsync(http.User, $"daily xlsx {day:yyyy-MM-dd}", null, ct);
                using var stream = new MemoryStream();
                stream.SaveAs(DailySummaries.Rows(summary, lang).ToList(), excelType: ExcelType.XLSX);
                return TypedResults.File(stream.ToArray(), Xlsx, $"daily-{day:yyyyMMdd}.xlsx");
            })
            .WithName("ExportDailySummaryXlsx")
            .WithSummary("The daily summary as a one-sheet spreadsheet in its fixed order")
            .Produces(StatusCodes.Status200OK, contentType: Xlsx)
            .ProducesValidationProblem();
        return app;
    }

    private static DateOnly? ParseDay(string? date, TimeProvider clock) =>
        date is null or "" ? DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(DailySummaries.ChinaTime).DateTime)
        : DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string FileName(DateTimeOffset from, DateTimeOffset to, string ext) =>
        $"shift-{from.ToOffset(DailySummaries.ChinaTime):yyyyMMdd-HHmm}-{to.ToOffset(DailySummaries.ChinaTime):yyyyMMdd-HHmm}.{ext}";
}
