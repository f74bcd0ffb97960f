using Dapper;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.Alerts;
using Dispatch.Server.Registry.Contacts;
using Dispatch.Server.Registry.People;
using Microsoft.Extensions.Options;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>What recording a contact changed: the person as now stored, and the alert it raised, if any.</summary>
public sealed record ContactRecorded(PersonRow Person, long ContactId, TriggerOutcome? Alert);

/// <summary>
/// Records contacts: the contact, the person's infection status, latest vitals and next due time change together
/// in one transaction, with the audit row.
/// </summary>
public sealed class ContactStore(RegisterDb db, PersonStore people, RegisterAudit audit, IOptions<RegistryOptions> options, TimeProvider clock)
{
    public async Task<ContactRecorded> RecordAsync(RegisterActor actor, Guid personId, NewContact contact, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = ContactValidator.Validate(contact, now);
        if (errors.Count > 0) throw new RegisterException(RegisterErrorKind.Invalid, "invalid", errors);
        var at = (contact.At ?? now).ToUniversalTime();

        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var person = await PersonStore.LockAsync(connection, tx, actor.FacilityId!, personId, ct);
        var tier = Codes.Parse<Tier>(person.Tier);
        // A visit written up later changes the cadence but not the person's current state.
        var newest = person.LastContactAt is null || at.UtcDateTime >= person.LastContactAt;
        var alert = newest ? TriggerRules.Evaluate(tier, contact, person.LastSymptomScore, options.Value.SpO2ReferBelow) : null;

        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO register_contact (person_id, facility_id, at, channel, by_user, infection, infection_date, symptoms, temperature, spo2, heart_rate, advice, note, recorded_at)
            VALUES (@personId, @facility, @at, @channel, @by, @infection, @infectionDate, @symptoms, @temperature, @spo2, @heartRate, @advice, @note, @recorded)
            RETURNING id
            """, new
        {
            personId, facility = person.FacilityId, at = at.UtcDateTime, channel = Codes.Of(contact.Channel), by = actor.Name,
            infection = Codes.Of(contact.Infection), infectionDate = contact.InfectionDate?.ToDateTime(TimeOnly.MinValue),
            symptoms = Codes.Of(contact.Symptoms ?? []), temperature = contact.Temperature, spo2 = contact.SpO2, heartRate = contact.HeartRate,
            advice = Codes.Of(contact.Advice), note = contact.Note, recorded = now.UtcDateTime,
        }, tx);

        if (newest)
        {
            person.LastContactAt = at.UtcDateTime;
            person.LastSpo2 = contact.SpO2 ?? person.LastSpo2;
            person.LastSymptomScore = SymptomScore.Of(contact.Symptoms ?? []);
            if (contact.Infection.IsPositive())
            {
                person.InfectedSince = person.Infected ? person.InfectedSince : contact.InfectionDate?.ToDateTime(TimeOnly.MinValue);
                person.Infected = true;
            }
            else if (contact.Infection == InfectionStatus.Negative)
            {
                person.Infected = false;
                person.InfectedSince = null;
            }
        }
        person.UpdatedAt = now.UtcDateTime;
        person.DueAt = await people.DueAtAsync(connection, tx, person, ct);
        await connection.ExecuteAsync("""
            UPDATE register_person SET last_contact_at = @LastContactAt, last_spo2 = @LastSpo2, last_symptom_score = @LastSymptomScore,
              infected = @Infected, infected_since = @InfectedSince, due_at = @DueAt, updated_at = @UpdatedAt
            WHERE id = @Id
            """, person, tx);
        await audit.WriteAsync(connection, tx, actor, RegisterAudit.RecordContact, personId, alert is null ? null : $"alert:{Codes.Of(alert.Kind)}");
        await tx.CommitAsync(ct);
        return new ContactRecorded(person, id, alert);
    }

    public async Task<IReadOnlyList<ContactRow>> ForPersonAsync(Guid personId, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<ContactRow>(new CommandDefinition(
            "SELECT * FROM register_contact WHERE person_id = @personId ORDER BY at DESC, id DESC LIMIT @limit",
            new { personId, limit }, cancellationToken: ct))).ToList();
    }
}
