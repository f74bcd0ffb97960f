using Dispatch.Server.Accounts;
using Dispatch.Server.Records.Store;
using Dispatch.Server.Referrals.Api;
using Dispatch.Server.Referrals.Lifecycle;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Referrals.Workflow;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Registry.Contacts;
using Dispatch.Server.Registry.Export;
using Dispatch.Server.Registry.Import;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry.Api;

/// <summary>
/// /api/register: the key-population register. A doctor keeps their own facility's people; a dispatcher or hospital
/// reads a person only through a referral they may see; the admin reads counts. Lists mask phone and ID; reading a
/// person's page, exporting and every change are audited.
/// </summary>
public static class RegisterEndpoints
{
    public const string Tag = "Register";

    public static IEndpointRouteBuilder MapRegister(this IEndpointRouteBuilder app)
    {
        // Until the record store's schema is in place every route answers 503 (Retry-After), never a 500.
        var group = app.MapGroup("/api/register").RequireAuthorization().AddEndpointFilter<RecordStoreGate>().WithTags(Tag)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/people", (HttpContext http, RegisterQueries queries, TimeProvider clock, string? tier, string? team, bool? overdue, bool? infected,
                string? q, int? page, int? pageSize, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var doctor = http.User.Doctor();
                Tier? tierFilter = null;
                if (!string.IsNullOrEmpty(tier))
                    tierFilter = Enum.TryParse<Tier>(tier, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(tier, out _)
                        ? parsed
                        : throw RegisterException.Invalid(new Dictionary<string, string> { ["tier"] = "unknown-value" });
                var size = Math.Clamp(pageSize ?? 50, 1, 200);
                var number = Math.Max(page ?? 0, 0);
                var result = await queries.ListAsync(doctor.FacilityId!, new RegisterFilter(tierFilter, team, overdue, infected, q?.Length > 40 ? q[..40] : q, number, size), ct);
                var now = clock.GetUtcNow();
                return TypedResults.Ok(new PersonPageList(result.Items.Select(p => PersonListItem.Of(p, now)).ToList(), result.Total, number, size));
            }))
            .DocumentsTierFilter()
            .WithName("ListRegisterPeople")
            .WithSummary("The facility's register, filtered and paged by name (doctor); phone and ID masked")
            .Produces<PersonPageList>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/people", (HttpContext http, PersonStore store, IOptions<RegistryOptions> options, TimeProvider clock, PersonDetails details, CancellationToken ct) =>
                RegisterProblems.Guard(async () =>
                {
                    var row = await store.CreateAsync(http.User.Doctor(), details, ct);
                    http.Response.Headers.ETag = PersonVersion.Tag(row.Version);
                    return TypedResults.Created($"/api/register/people/{row.Id}", PersonView.Of(row, options.Value, clock.GetUtcNow()));
                }))
            .WithName("RegisterPerson")
            .WithSummary("Add a person to the facility's register (doctor); the tier follows the rules unless set with a reason")
            .Produces<PersonView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/people/{id:guid}", (Guid id, HttpContext http, RegisterQueries queries, ContactStore contacts, RegisterAudit audit,
                IOptions<RegistryOptions> options, TimeProvider clock, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var doctor = http.User.Doctor();
                var person = await queries.GetAsync(doctor.FacilityId!, id, ct) ?? throw RegisterException.NotFound();
                await audit.WriteAsync(doctor, RegisterAudit.ReadPerson, id, null);
                http.Response.Headers.ETag = PersonVersion.Tag(person.Version);
                return TypedResults.Ok(new PersonPage(PersonView.Of(person, options.Value, clock.GetUtcNow()),
                    (await contacts.ForPersonAsync(id, 200, ct)).Select(ContactView.Of).ToList(), await queries.TierHistoryAsync(id, ct), await queries.ReferralsAsync(id, ct)));
            }))
            .WithName("GetRegisterPerson")
            .WithSummary("A person's page: details, contacts (newest first), tier history and referrals (doctor of the facility; audited)")
            .Produces<PersonPage>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/people/{id:guid}", (Guid id, HttpContext http, PersonStore store, IOptions<RegistryOptions> options, TimeProvider clock, PersonDetails details,
                [FromHeader(Name = PersonVersion.Header)] string? ifMatch, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var doctor = http.User.Doctor();
                var row = await store.UpdateAsync(doctor, id, PersonVersion.Expected(ifMatch), details, ct);
                http.Response.Headers.ETag = PersonVersion.Tag(row.Version);
                return TypedResults.Ok(PersonView.Of(row, options.Value, clock.GetUtcNow()));
            }))
            .WithName("UpdateRegisterPerson")
            .WithSummary("Change a person's details (doctor of the facility; audited). If-Match names the version the change was made on " +
                "(the person's version, as its ETag gives it); a change made meanwhile is refused with 409 changed-meanwhile, a missing If-Match with " +
                "428 version-required. A tier left out puts the person back under the rules")
            .Produces<PersonView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequiresPersonVersion();

        group.MapPost("/people/{id:guid}/tier", (Guid id, HttpContext http, PersonStore store, IOptions<RegistryOptions> options, TimeProvider clock, TierOverride body,
                CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var row = await store.OverrideTierAsync(http.User.Doctor(), id, body.Tier, body.Reason, ct);
                return TypedResults.Ok(PersonView.Of(row, options.Value, clock.GetUtcNow()));
            }))
            .WithName("OverrideRegisterTier")
            .WithSummary("Set a person's tier against the rules' suggestion, with a reason (doctor; kept in the tier history)")
            .Produces<PersonView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/people/{id:guid}/contacts", (Guid id, HttpContext http, ContactStore store, RegisterAlerts alerts, TimeProvider clock, NewContact contact,
                CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var recorded = await store.RecordAsync(http.User.Doctor(), id, contact, ct);
                if (recorded.Alert is { } alert) await alerts.RaiseAsync(recorded.Person, alert, ct);
                return TypedResults.Created($"/api/register/people/{id}",
                    new ContactRecordedView(PersonListItem.Of(recorded.Person, clock.GetUtcNow()), recorded.ContactId,
                        recorded.Alert?.Kind, recorded.Alert?.Reasons ?? []));
            }))
            .WithName("RecordRegisterContact")
            .WithSummary("Record a contact (doctor); a red-tier infection or SpO2 under the threshold raises RegisterAlert referNow, a yellow-tier worsening raises review")
            .Produces<ContactRecordedView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/overdue", (HttpContext http, RegisterQueries queries, TimeProvider clock, string? team, int? limit, CancellationToken ct) =>
                RegisterProblems.Guard(async () =>
                {
                    var doctor = http.User.Doctor();
                    var rows = await queries.OverdueAsync(doctor.FacilityId!, team, Math.Clamp(limit ?? 100, 1, 500), ct);
                    var now = clock.GetUtcNow();
                    return TypedResults.Ok(rows.Select(p => PersonListItem.Of(p, now)).ToList());
                }))
            .WithName("ListRegisterOverdue")
            .WithSummary("People whose contact cadence has fallen short, the latest first; one team's or the facility's (doctor)")
            .Produces<List<PersonListItem>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/teams", (HttpContext http, RegisterQueries queries, CancellationToken ct) =>
                RegisterProblems.Guard(async () => TypedResults.Ok((await queries.TeamsAsync(http.User.Doctor().FacilityId!, ct)).ToList())))
            .WithName("ListRegisterTeams")
            .WithSummary("The facility's package teams (doctor)")
            .Produces<List<string>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/compliance", (HttpContext http, RegisterQueries queries, CancellationToken ct) =>
                RegisterProblems.Guard(async () => TypedResults.Ok((await queries.ComplianceAsync(http.User.Doctor().FacilityId!, ct)).ToList())))
            .WithName("GetRegisterCompliance")
            .WithSummary("Per team and tier: people under a cadence, overdue now, contacts this week (doctor)")
            .Produces<List<RegisterQueries.ComplianceRow>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/map", (HttpContext http, RegisterQueries queries, CancellationToken ct) =>
                RegisterProblems.Guard(async () => TypedResults.Ok((await queries.MapAsync(http.User.Doctor().FacilityId!, ct)).ToList())))
            .WithName("GetRegisterMap")
            .WithSummary("Every person of the facility as a point coloured by tier (doctor)")
            .Produces<List<RegisterQueries.MapPoint>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/counts", (HttpContext http, RegisterQueries queries, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                if (http.User.Role() != Roles.Admin) throw new RegisterException(RegisterErrorKind.Forbidden, "admin-only");
                return TypedResults.Ok((await queries.CountsAsync(ct)).ToList());
            }))
            .WithName("GetRegisterCounts")
            .WithSummary("How many people per facility and tier, overdue and infected: counts, never people (admin)")
            .Produces<List<RegisterQueries.FacilityCount>>()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/referrals/{referralId}/person", (string referralId, HttpContext http, ReferralWorkflow referrals, RegisterQueries queries, RegisterAudit audit,
                TimeProvider clock, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var role = http.User.Role();
                if (role is not (Roles.Dispatcher or Roles.Hospital or Roles.Doctor))
                    throw new RegisterException(RegisterErrorKind.Forbidden, "not-through-referrals");
                Referral referral;
                try
                {
                    referral = await referrals.GetAsync(referralId, http.User.ToActor());
                }
                catch (Dispatch.Server.Referrals.Lifecycle.ReferralException)
                {
                    throw RegisterException.NotFound();
                }
                if (referral.Request.PersonId is not { } raw || !Guid.TryParse(raw, out var personId)
                    || await queries.GetByIdAsync(personId, ct) is not { } person || person.FacilityId != referral.FacilityId)
                    throw RegisterException.NotFound();
                await audit.WriteAsync(http.User.Actor(), RegisterAudit.ReadPersonViaReferral, personId, referralId);
                var now = clock.GetUtcNow();
                return TypedResults.Ok(new ReferredPersonView(person.Id, person.Name, Codes.Parse<Sex>(person.Sex),
                    AgeCategories.AgeOn(DateOnly.FromDateTime(person.BirthDate), DateOnly.FromDateTime(now.UtcDateTime)), Codes.Parse<Tier>(person.Tier),
                    person.Categories.Select(Codes.Parse<Category>).ToList(),
                    person.Infected, person.LastSpo2, person.LastContactAt, await queries.ReferralsAsync(personId, ct)));
            }))
            .WithName("GetReferredPerson")
            .WithSummary("The registered person a referral was raised for, to those who may see that referral (dispatcher, the offered or accepting hospital, the doctor); audited")
            .Produces<ReferredPersonView>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/import", (HttpContext http, LedgerImporter importer, IOptions<RegistryOptions> options, string? format, CancellationToken ct) =>
                RegisterProblems.Guard(async () =>
                {
                    var doctor = http.User.Doctor();
                    var ledgerFormat = FormatOf(format, http.Request.ContentType);
                    if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = options.Value.MaxImportBytes;
                    // MiniExcel needs a seekable stream for XLSX (a zip); the body is buffered to a temporary file past a few MB.
                    http.Request.EnableBuffering(bufferThreshold: 4 * 1024 * 1024, bufferLimit: options.Value.MaxImportBytes);
                    await http.Request.Body.DrainAsync(ct);
                    http.Request.Body.Position = 0;
                    var report = await importer.ImportAsync(doctor, http.Request.Body, ledgerFormat, ct);
                    return report.Errors.Count > 0
                        ? TypedResults.UnprocessableEntity(report)
                        : TypedResults.Ok(report);
                }))
            .DocumentsLedgerFormat("The file's format; without it, the body's Content-Type decides (XLSX unless text/csv)")
            .WithName("ImportRegisterLedger")
            .WithSummary("Import a ledger spreadsheet (doctor): XLSX or CSV as the body; with any row error nothing is imported and 422 lists row, field and reason")
            .Accepts<byte[]>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .Produces<ImportReport>()
            .Produces<ImportReport>(StatusCodes.Status422UnprocessableEntity)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/export", (HttpContext http, LedgerExport export, string? format, CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var doctor = http.User.Doctor();
                var f = FormatOf(format, null);
                using var buffer = new MemoryStream();
                await export.WriteRegisterAsync(doctor, f, buffer, ct);
                return TypedResults.File(buffer.ToArray(), ContentType(f), $"register-{doctor.FacilityId}.{Extension(f)}");
            }))
            .DocumentsLedgerFormat("The file's format (XLSX when left out)")
            .WithName("ExportRegister")
            .WithSummary("The facility's register as XLSX or CSV (doctor; audited)")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/contacts/export", (HttpContext http, LedgerExport export, TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to, string? format,
                CancellationToken ct) => RegisterProblems.Guard(async () =>
            {
                var doctor = http.User.Doctor();
                var until = to ?? clock.GetUtcNow();
                var since = from ?? until.AddDays(-7);
                if (since > until || until - since > TimeSpan.FromDays(366))
                    throw RegisterException.Invalid(new Dictionary<string, string> { ["from"] = "out-of-range" });
                var f = FormatOf(format, null);
                using var buffer = new MemoryStream();
                await export.WriteContactsAsync(doctor, since, until, f, buffer, ct);
                return TypedResults.File(buffer.ToArray(), ContentType(f), $"contacts-{doctor.FacilityId}.{Extension(f)}");
            }))
            .DocumentsLedgerFormat("The file's format (XLSX when left out)")
            .WithName("ExportRegisterContacts")
            .WithSummary("The facility's contacts in a date range (default the last 7 days) as XLSX or CSV (doctor; audited)")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static LedgerFormat FormatOf(string? format, string? contentType)
    {
        var f = format?.Trim().ToLowerInvariant();
        if (f is "csv" || (f is null && contentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true)) return LedgerFormat.Csv;
        if (f is null or "xlsx") return LedgerFormat.Xlsx;
        throw RegisterException.Invalid(new Dictionary<string, string> { ["format"] = "unknown-value" });
    }

    private static string ContentType(LedgerFormat f) =>
        f == LedgerFormat.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string Extension(LedgerFormat f) => f == LedgerFormat.Csv ? "csv" : "xlsx";

    private static async Task DrainAsync(this Stream body, CancellationToken ct)
    {
        var buffer = new byte[81920];
        while (await body.ReadAsync(buffer, ct) > 0) { }
    }
}
