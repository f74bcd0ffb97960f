using Dapper;
using Dispatch.Server.Records.Search;
using Npgsql;

namespace Dispatch.Server.Records.Reports;

/// <summary>Every case of a period, one row each, as the exports list them (the phone masked, as in any list).</summary>
public sealed class ShiftCases(NpgsqlDataSource db)
{
    public const int MaxRows = 200_000;

    public async Task<IReadOnlyList<RecordSummary>> ListAsync(DateTimeOffset from, DateTimeOffset to, RecordScope scope, CancellationToken ct)
    {
        var q = new RecordQuery { From = from, To = to, Sort = "created", PageSize = 500 };
        var all = new List<RecordSummary>();
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync<(string Id, string Kind, string? Number, string State, bool Final, int? Priority, string? PatientLine,
            string? CallerPhone, string? FacilityId, string? HospitalId, string? VehicleId, DateTime CreatedAt, DateTime? ClosedAt)>(new CommandDefinition($"""
            SELECT id, kind, number, state, final, priority, patient_line, caller_phone, facility_id, hospital_id, vehicle_id, created_at, closed_at
            FROM record_cases WHERE created_at >= @From AND created_at < @To
              {(scope.Everything ? "" : scope.FacilityId is not null ? "AND facility_id = @Facility" : "AND hospital_id = @Hospital")}
            ORDER BY created_at, id LIMIT {MaxRows}
            """, new { From = q.From!.Value.ToUniversalTime(), To = q.To!.Value.ToUniversalTime(), Facility = scope.FacilityId, Hospital = scope.HospitalId }, cancellationToken: ct));
        foreach (var r in rows)
            all.Add(new RecordSummary(r.Id, r.Kind, r.Number, r.State, r.Final, r.Priority, r.PatientLine, RecordSearch.Mask(r.CallerPhone),
                r.FacilityId, r.HospitalId, r.VehicleId, new DateTimeOffset(DateTime.SpecifyKind(r.CreatedAt, DateTimeKind.Utc)),
                r.ClosedAt is { } c ? new DateTimeOffset(DateTime.SpecifyKind(c, DateTimeKind.Utc)) : null));
        return all;
    }
}
