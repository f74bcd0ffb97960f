using Dapper;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using Dispatch.Server.Registry.Privacy;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace Dispatch.Server.Registry.Import;

/// <summary>
/// Imports a facility's ledger: every row is checked first; with any problem nothing is stored and the report says which
/// row, which field and why. Otherwise all new people go in with one binary COPY in one transaction, with their first
/// tier-history line and one audit row, so an import lands whole or not at all.
/// </summary>
public sealed class LedgerImporter(RegisterDb db, PersonFactory factory, IdCards idCards, RegisterAudit audit, IOptions<RegistryOptions> options, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(RegisterActor actor, Stream file, LedgerFormat format, CancellationToken ct)
    {
        var facilityId = actor.FacilityId!;
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var card = await idCards.GetAsync();
        var errors = new List<RowProblem>();
        var skipped = new List<RowProblem>();
        var accepted = new List<(int Row, PersonRow Person)>();
        var rows = 0;

        await using var connection = await db.OpenAsync(ct);
        var existing = await ExistingKeysAsync(connection, facilityId, ct);
        var seenHash = new Dictionary<string, int>();
        var seenIdentity = new Dictionary<string, int>();

        foreach (var (row, cells) in LedgerReader.Read(file, format))
        {
            if (++rows > options.Value.MaxImportRows)
            {
                errors.Add(new RowProblem(row, "file", "too-many-rows"));
                break;
            }
            if (rows == 1)
                foreach (var field in LedgerColumns.Required.Where(f => !cells.ContainsKey(f)))
                    errors.Add(new RowProblem(1, field, "missing-column"));
            if (errors.Any(e => e.Reason == "missing-column")) break;

            if (LedgerRowParser.Parse(row, cells, today, errors) is not { } parsed) continue;
            var person = factory.NewRow(Guid.CreateVersion7(), facilityId, parsed.Details, card, now);
            var hash = person.IdHash is null ? null : Convert.ToBase64String(person.IdHash);
            var identity = Identity(person.Name, person.BirthDate, person.Phone);

            if ((hash is not null && existing.Hashes.Contains(hash)) || existing.Identities.Contains(identity))
            {
                skipped.Add(new RowProblem(row, hash is not null && existing.Hashes.Contains(hash) ? LedgerColumns.IdCard : LedgerColumns.Name, "duplicate-existing"));
                continue;
            }
            if (hash is not null && seenHash.TryGetValue(hash, out var firstByHash))
            {
                errors.Add(new RowProblem(row, LedgerColumns.IdCard, "duplicate-in-file", firstByHash));
                continue;
            }
            if (seenIdentity.TryGetValue(identity, out var firstByIdentity))
            {
                errors.Add(new RowProblem(row, LedgerColumns.Name, "duplicate-in-file", firstByIdentity));
                continue;
            }
            if (hash is not null) seenHash[hash] = row;
            seenIdentity[identity] = row;
            person.DueAt = factory.Cadence.DueAt(Codes.Parse<Tier>(person.Tier), false, [], now)?.UtcDateTime;
            accepted.Add((row, person));
        }

        if (errors.Count > 0 || accepted.Count == 0)
            return new ImportReport(rows, 0, errors, skipped);

        await using var tx = await connection.BeginTransactionAsync(ct);
        await CopyPeopleAsync(connection, accepted.Select(a => a.Person), ct);
        await CopyTierHistoryAsync(connection, accepted.Select(a => a.Person), actor.Name, now, ct);
        await audit.WriteAsync(connection, tx, actor, RegisterAudit.Import, null, $"rows={rows};imported={accepted.Count};skipped={skipped.Count}");
        await tx.CommitAsync(ct);
        return new ImportReport(rows, accepted.Count, errors, skipped);
    }

    private static string Identity(string name, DateTime birth, string phone) => $"{name}\u001f{birth:yyyy-MM-dd}\u001f{phone}";

    private sealed record Keys(HashSet<string> Hashes, HashSet<string> Identities);

    private static async Task<Keys> ExistingKeysAsync(NpgsqlConnection connection, string facilityId, CancellationToken ct)
    {
        var keys = new Keys([], []);
        var rows = await connection.QueryAsync<(byte[]? IdHash, string Name, DateTime BirthDate, string Phone)>(new CommandDefinition(
            "SELECT id_hash, name, birth_date, phone FROM register_person WHERE facility_id = @facilityId", new { facilityId }, cancellationToken: ct));
        foreach (var r in rows)
        {
            if (r.IdHash is not null) keys.Hashes.Add(Convert.ToBase64String(r.IdHash));
            keys.Identities.Add(Identity(r.Name, r.BirthDate, r.Phone));
        }
        return keys;
    }

    /// <summary>Binary COPY: tens of thousands of rows in a second or two, inside the caller's transaction.</summary>
    public static async Task CopyPeopleAsync(NpgsqlConnection connection, IEnumerable<PersonRow> people, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY register_person ({PersonStore.Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in people)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(p.FacilityId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Team, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.FamilyDoctor, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Sex, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.BirthDate, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(p.Phone, NpgsqlDbType.Text, ct);
            await WriteNullable(writer, p.IdHash, NpgsqlDbType.Bytea, ct);
            await WriteNullable(writer, p.IdLast4, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Village, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Lon, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(p.Lat, NpgsqlDbType.Double, ct);
            await writer.WriteAsync(p.Categories, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.Tier, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.TierReason, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.TierOverridden, NpgsqlDbType.Boolean, ct);
            await WriteNullable(writer, p.HealthPackAt, NpgsqlDbType.Date, ct);
            await WriteNullable(writer, p.OximeterAt, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(p.ToldHotline, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync(p.Infected, NpgsqlDbType.Boolean, ct);
            await WriteNullable(writer, p.InfectedSince, NpgsqlDbType.Date, ct);
            await WriteNullable(writer, p.LastContactAt, NpgsqlDbType.TimestampTz, ct);
            await WriteNullable(writer, p.LastSpo2, NpgsqlDbType.Integer, ct);
            await WriteNullable(writer, p.LastSymptomScore, NpgsqlDbType.Integer, ct);
            await WriteNullable(writer, p.DueAt, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(p.Invented, NpgsqlDbType.Boolean, ct);
            await writer.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(p.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        }
        await writer.CompleteAsync(ct);
    }

    public static async Task CopyTierHistoryAsync(NpgsqlConnection connection, IEnumerable<PersonRow> people, string byUser, DateTimeOffset now, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY register_tier_change (person_id, at, by_user, from_tier, to_tier, reason, overridden) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var p in people)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(p.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(now.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(byUser, NpgsqlDbType.Text, ct);
            await writer.WriteNullAsync(ct);
            await writer.WriteAsync(p.Tier, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.TierReason, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(p.TierOverridden, NpgsqlDbType.Boolean, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) where T : class =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);

    private static Task WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value.Value, type, ct);
}
