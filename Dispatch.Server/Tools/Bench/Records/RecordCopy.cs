using Dispatch.Server.Records.Projection;
using Npgsql;
using NpgsqlTypes;

namespace Dispatch.Server.Tools.Bench.Records;

/// <summary>Bulk-loads invented cases into record_cases and record_transitions with binary COPY, a batch per transaction.</summary>
public static class RecordCopy
{
    public static async Task WriteAsync(NpgsqlDataSource db, IReadOnlyList<CaseChange> batch, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var cases = await conn.BeginBinaryImportAsync("""
            COPY record_cases (id, kind, number, version, state, final, priority, patient_line, caller_phone, facility_id, hospital_id,
                               vehicle_id, created_at, closed_at, projected_at, snapshot) FROM STDIN (FORMAT BINARY)
            """, ct))
        {
            foreach (var (c, _) in batch)
            {
                await cases.StartRowAsync(ct);
                await cases.WriteAsync(c.Id, NpgsqlDbType.Text, ct);
                await cases.WriteAsync(c.Kind, NpgsqlDbType.Text, ct);
                await Nullable(cases, c.Number, NpgsqlDbType.Text, ct);
                await cases.WriteAsync(c.Version, NpgsqlDbType.Bigint, ct);
                await cases.WriteAsync(c.State, NpgsqlDbType.Text, ct);
                await cases.WriteAsync(c.Final, NpgsqlDbType.Boolean, ct);
                if (c.Priority is { } p) await cases.WriteAsync(p, NpgsqlDbType.Integer, ct); else await cases.WriteNullAsync(ct);
                await Nullable(cases, c.PatientLine, NpgsqlDbType.Text, ct);
                await Nullable(cases, c.CallerPhone, NpgsqlDbType.Text, ct);
                await Nullable(cases, c.FacilityId, NpgsqlDbType.Text, ct);
                await Nullable(cases, c.HospitalId, NpgsqlDbType.Text, ct);
                await Nullable(cases, c.VehicleId, NpgsqlDbType.Text, ct);
                await cases.WriteAsync(c.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                if (c.ClosedAt is { } closed) await cases.WriteAsync(closed.UtcDateTime, NpgsqlDbType.TimestampTz, ct); else await cases.WriteNullAsync(ct);
                // The projector stamps the row when it writes it: shortly after the case last changed.
                await cases.WriteAsync((c.ClosedAt ?? c.CreatedAt).UtcDateTime.AddSeconds(1), NpgsqlDbType.TimestampTz, ct);
                await cases.WriteAsync(c.Snapshot, NpgsqlDbType.Jsonb, ct);
            }
            await cases.CompleteAsync(ct);
        }
        await using (var transitions = await conn.BeginBinaryImportAsync(
            "COPY record_transitions (case_id, stream_id, action, actor, role, at, from_state, to_state, reason) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var t in batch.SelectMany(b => b.Transitions))
            {
                await transitions.StartRowAsync(ct);
                await transitions.WriteAsync(t.CaseId, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.StreamId, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.Action, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.Actor, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.Role, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.At.UtcDateTime, NpgsqlDbType.TimestampTz, ct);
                await transitions.WriteAsync(t.FromState, NpgsqlDbType.Text, ct);
                await transitions.WriteAsync(t.ToState, NpgsqlDbType.Text, ct);
                await Nullable(transitions, t.Reason, NpgsqlDbType.Text, ct);
            }
            await transitions.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private static Task Nullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);
}
