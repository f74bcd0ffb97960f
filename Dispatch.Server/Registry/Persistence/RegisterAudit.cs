using Dapper;
using Npgsql;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>
/// Every read of a person's page, every export and every change, in PostgreSQL beside the data it is about.
/// A change writes its audit row in the same transaction, so there is no change without its record.
/// </summary>
public sealed class RegisterAudit(RegisterDb db, TimeProvider clock)
{
    public const string ReadPerson = "read-person";
    public const string ReadPersonViaReferral = "read-person-via-referral";
    public const string Create = "create";
    public const string Update = "update";
    public const string OverrideTier = "override-tier";
    public const string RecordContact = "record-contact";
    public const string Import = "import";
    public const string ExportRegister = "export-register";
    public const string ExportContacts = "export-contacts";

    public Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, RegisterActor actor, string action, Guid? personId, string? detail) =>
        connection.ExecuteAsync(
            "INSERT INTO register_audit (at, actor, role, action, facility_id, person_id, detail) VALUES (@At, @Actor, @Role, @Action, @Facility, @Person, @Detail)",
            new { At = clock.GetUtcNow().UtcDateTime, Actor = actor.Name, actor.Role, Action = action, Facility = actor.FacilityId, Person = personId, Detail = detail },
            tx);

    public async Task WriteAsync(RegisterActor actor, string action, Guid? personId, string? detail)
    {
        await using var connection = await db.OpenAsync();
        await WriteAsync(connection, null, actor, action, personId, detail);
    }

    public sealed record Entry(DateTime At, string Actor, string Role, string Action, string? Detail);

    public async Task<IReadOnlyList<Entry>> ForPersonAsync(Guid personId, int limit = 50)
    {
        await using var connection = await db.OpenAsync();
        return (await connection.QueryAsync<Entry>(
            "SELECT at, actor, role, action, detail FROM register_audit WHERE person_id = @personId ORDER BY at DESC, id DESC LIMIT @limit",
            new { personId, limit })).ToList();
    }
}
