using Dapper;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Privacy;
using Npgsql;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>Writes people and their tier history. Every change lands whole, with its audit row, in one transaction.</summary>
public sealed class PersonStore(RegisterDb db, PersonFactory factory, IdCards idCards, RegisterAudit audit, TimeProvider clock)
{
    public const string Columns = """
        id, facility_id, team, family_doctor, name, sex, birth_date, phone, id_hash, id_last4, village, lon, lat, categories,
        tier, tier_reason, tier_overridden, health_pack_at, oximeter_at, told_hotline, infected, infected_since,
        last_contact_at, last_spo2, last_symptom_score, due_at, invented, created_at, updated_at
        """;

    private const string Values = """
        @Id, @FacilityId, @Team, @FamilyDoctor, @Name, @Sex, @BirthDate, @Phone, @IdHash, @IdLast4, @Village, @Lon, @Lat, @Categories,
        @Tier, @TierReason, @TierOverridden, @HealthPackAt, @OximeterAt, @ToldHotline, @Infected, @InfectedSince,
        @LastContactAt, @LastSpo2, @LastSymptomScore, @DueAt, @Invented, @CreatedAt, @UpdatedAt
        """;

    public async Task<PersonRow> CreateAsync(RegisterActor actor, PersonDetails details, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Validate(details, now);
        var row = factory.NewRow(Guid.CreateVersion7(), actor.FacilityId!, details, await idCards.GetAsync(), now);
        row.DueAt = factory.Cadence.DueAt(Codes.Parse<Tier>(row.Tier), false, [], now)?.UtcDateTime;

        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await ThrowIfDuplicateAsync(connection, tx, row, ct);
        await connection.ExecuteAsync($"INSERT INTO register_person ({Columns}) VALUES ({Values})", row, tx);
        await TierChangedAsync(connection, tx, row.Id, actor, null, row, now);
        await audit.WriteAsync(connection, tx, actor, RegisterAudit.Create, row.Id, null);
        await CommitAsync(tx, ct);
        row.Version = 1;
        return row;
    }

    /// <summary>
    /// Replaces the person's details. <paramref name="expectedVersion"/> is the version the doctor saw (null: overwrite
    /// whatever is there); a change made meanwhile is refused rather than overwritten. A tier left out puts the person
    /// back under the rules.
    /// </summary>
    public async Task<PersonRow> UpdateAsync(RegisterActor actor, Guid id, long? expectedVersion, PersonDetails details, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Validate(details, now);
        var card = await idCards.GetAsync();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var row = await LockAsync(connection, tx, actor.FacilityId!, id, ct);
        if (expectedVersion is { } expected && expected != row.Version)
            throw new RegisterException(RegisterErrorKind.Conflict, "changed-meanwhile");
        var before = row.Tier;
        var wasOverridden = row.TierOverridden;
        if (details.Tier is null) row.TierOverridden = false;
        factory.Apply(row, details, card, now);
        await ThrowIfDuplicateAsync(connection, tx, row, ct);
        row.DueAt = await DueAtAsync(connection, tx, row, ct);
        await connection.ExecuteAsync("""
            UPDATE register_person SET team = @Team, family_doctor = @FamilyDoctor, name = @Name, sex = @Sex, birth_date = @BirthDate,
              phone = @Phone, id_hash = @IdHash, id_last4 = @IdLast4, village = @Village, lon = @Lon, lat = @Lat, categories = @Categories,
              tier = @Tier, tier_reason = @TierReason, tier_overridden = @TierOverridden, health_pack_at = @HealthPackAt,
              oximeter_at = @OximeterAt, told_hotline = @ToldHotline, due_at = @DueAt, updated_at = @UpdatedAt, version = version + 1
            WHERE id = @Id
            """, row, tx);
        row.Version++;
        if (before != row.Tier || details.Tier is not null || wasOverridden != row.TierOverridden)
            await TierChangedAsync(connection, tx, id, actor, before, row, now);
        await audit.WriteAsync(connection, tx, actor, RegisterAudit.Update, id, $"version={row.Version}");
        await CommitAsync(tx, ct);
        return row;
    }

    /// <summary>The doctor sets the tier against the rules' suggestion; the reason is required and kept in the history.</summary>
    public async Task<PersonRow> OverrideTierAsync(RegisterActor actor, Guid id, Tier tier, string reason, CancellationToken ct)
    {
        if (!Enum.IsDefined(tier)) throw RegisterException.Invalid(new Dictionary<string, string> { ["tier"] = "unknown-value" });
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 200)
            throw RegisterException.Invalid(new Dictionary<string, string> { ["reason"] = string.IsNullOrWhiteSpace(reason) ? "required" : "too-long" });
        var now = clock.GetUtcNow();
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var row = await LockAsync(connection, tx, actor.FacilityId!, id, ct);
        var before = row.Tier;
        row.Tier = Codes.Of(tier);
        row.TierReason = reason.Trim();
        row.TierOverridden = true;
        row.UpdatedAt = now.UtcDateTime;
        row.DueAt = await DueAtAsync(connection, tx, row, ct);
        await connection.ExecuteAsync(
            "UPDATE register_person SET tier = @Tier, tier_reason = @TierReason, tier_overridden = true, due_at = @DueAt, updated_at = @UpdatedAt, version = version + 1 WHERE id = @Id",
            row, tx);
        row.Version++;
        await TierChangedAsync(connection, tx, id, actor, before, row, now);
        await audit.WriteAsync(connection, tx, actor, RegisterAudit.OverrideTier, id, $"{before}->{row.Tier}");
        await CommitAsync(tx, ct);
        return row;
    }

    /// <summary>Locks the person's row for a change; someone of another facility is told it does not exist.</summary>
    public static async Task<PersonRow> LockAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string facilityId, Guid id, CancellationToken ct) =>
        await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
            $"SELECT {Columns}, version FROM register_person WHERE id = @id AND facility_id = @facilityId FOR UPDATE",
            new { id, facilityId }, tx, cancellationToken: ct))
        ?? throw RegisterException.NotFound();

    /// <summary>Recomputes the next due time from the person's latest contacts (the cadence needs only the last few).</summary>
    public async Task<DateTime?> DueAtAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PersonRow row, CancellationToken ct)
    {
        var latest = (await connection.QueryAsync<DateTime>(new CommandDefinition(
            "SELECT at FROM register_contact WHERE person_id = @Id ORDER BY at DESC LIMIT @Keep",
            new { row.Id, Keep = Math.Max(1, factory.Cadence.ContactsToKeep) }, tx, cancellationToken: ct)))
            .Select(t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))).ToList();
        return factory.Cadence.DueAt(Codes.Parse<Tier>(row.Tier), row.Infected, latest,
            new DateTimeOffset(DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc)))?.UtcDateTime;
    }

    private static Task TierChangedAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid id, RegisterActor actor, string? from, PersonRow row, DateTimeOffset now) =>
        connection.ExecuteAsync(
            "INSERT INTO register_tier_change (person_id, at, by_user, from_tier, to_tier, reason, overridden) VALUES (@id, @at, @by, @from, @to, @reason, @overridden)",
            new { id, at = now.UtcDateTime, by = actor.Name, from, to = row.Tier, reason = row.TierReason, overridden = row.TierOverridden }, tx);

    private static async Task ThrowIfDuplicateAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PersonRow row, CancellationToken ct)
    {
        var duplicate = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM register_person WHERE facility_id = @FacilityId AND id <> @Id
              AND ((id_hash IS NOT NULL AND id_hash = @IdHash) OR (name = @Name AND birth_date = @BirthDate AND phone = @Phone)))
            """, row, tx, cancellationToken: ct));
        if (duplicate) throw new RegisterException(RegisterErrorKind.Conflict, "duplicate-person");
    }

    private static async Task CommitAsync(NpgsqlTransaction tx, CancellationToken ct)
    {
        try
        {
            await tx.CommitAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Two doctors registering the same person at once: the second is told it is a duplicate.
            throw new RegisterException(RegisterErrorKind.Conflict, "duplicate-person");
        }
    }

    private static void Validate(PersonDetails details, DateTimeOffset now)
    {
        var errors = PersonDetailsValidator.Validate(details, DateOnly.FromDateTime(now.UtcDateTime));
        if (errors.Count > 0) throw RegisterException.Invalid(errors);
    }
}
