using Dapper;
using Npgsql;

namespace Dispatch.Server.Records.Projection;

/// <summary>
/// Writes what the projector read, in one transaction with the checkpoints it advances. A case row only moves
/// forward (a newer version replaces an older one, never the reverse); a transition already there is left alone.
/// </summary>
public sealed class RecordWriter(NpgsqlDataSource db)
{
    private const string UpsertCase = """
        INSERT INTO record_cases (id, kind, number, version, state, final, priority, patient_line, caller_phone,
                                  facility_id, hospital_id, vehicle_id, created_at, closed_at, snapshot, projected_at)
        VALUES (@Id, @Kind, @Number, @Version, @State, @Final, @Priority, @PatientLine, @CallerPhone,
                @FacilityId, @HospitalId, @VehicleId, @CreatedAt, @ClosedAt, @Snapshot::jsonb, now())
        ON CONFLICT (id) DO UPDATE SET
          kind = excluded.kind, number = excluded.number, version = excluded.version, state = excluded.state,
          final = excluded.final, priority = excluded.priority, patient_line = excluded.patient_line,
          caller_phone = excluded.caller_phone, facility_id = excluded.facility_id, hospital_id = excluded.hospital_id,
          vehicle_id = excluded.vehicle_id, created_at = excluded.created_at, closed_at = excluded.closed_at,
          snapshot = excluded.snapshot, projected_at = now()
        WHERE record_cases.version < excluded.version
        """;

    private const string InsertTransition = """
        INSERT INTO record_transitions (case_id, stream_id, action, actor, role, at, from_state, to_state, reason)
        VALUES (@CaseId, @StreamId, @Action, @Actor, @Role, @At, @FromState, @ToState, @Reason)
        ON CONFLICT (case_id, stream_id) DO NOTHING
        """;

    private const string SetCheckpoint = """
        INSERT INTO record_checkpoints (name, value, updated_at) VALUES (@Name, @Value, now())
        ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = now()
        """;

    /// <returns>how many transitions were new.</returns>
    public async Task<int> WriteAsync(IReadOnlyList<CaseChange> changes, IReadOnlyDictionary<string, string> checkpoints, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (changes.Count > 0)
            await conn.ExecuteAsync(new CommandDefinition(UpsertCase, changes.Select(c => c.Case), tx, cancellationToken: ct));
        var inserted = 0;
        var transitions = changes.SelectMany(c => c.Transitions).ToList();
        if (transitions.Count > 0)
            inserted = await conn.ExecuteAsync(new CommandDefinition(InsertTransition, transitions, tx, cancellationToken: ct));
        foreach (var (name, value) in checkpoints)
            await conn.ExecuteAsync(new CommandDefinition(SetCheckpoint, new { Name = name, Value = value }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return inserted;
    }

    public async Task<IReadOnlyDictionary<string, string>> CheckpointsAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<(string Name, string Value)>(new CommandDefinition("SELECT name, value FROM record_checkpoints", cancellationToken: ct)))
            .ToDictionary(r => r.Name, r => r.Value);
    }

    /// <summary>Cases the record holds as still running, with the version it has of each.</summary>
    public async Task<IReadOnlyDictionary<string, (string Kind, long Version)>> UnfinishedAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<(string Id, string Kind, long Version)>(new CommandDefinition(
                "SELECT id, kind, version FROM record_cases WHERE NOT final", cancellationToken: ct)))
            .ToDictionary(r => r.Id, r => (r.Kind, r.Version));
    }

    public async Task<IReadOnlyDictionary<string, long>> VersionsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return new Dictionary<string, long>();
        await using var conn = await db.OpenConnectionAsync(ct);
        return (await conn.QueryAsync<(string Id, long Version)>(new CommandDefinition(
                "SELECT id, version FROM record_cases WHERE id = ANY(@Ids)", new { Ids = ids.ToArray() }, cancellationToken: ct)))
            .ToDictionary(r => r.Id, r => r.Version);
    }
}
