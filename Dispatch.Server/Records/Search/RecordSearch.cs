using System.Text;
using Dapper;
using Npgsql;

namespace Dispatch.Server.Records.Search;

/// <summary>Runs a <see cref="RecordQuery"/> against the record as one parameterised SQL statement.</summary>
public sealed class RecordSearch(NpgsqlDataSource db)
{
    private const string Columns = "id, kind, number, state, final, priority, patient_line, caller_phone, facility_id, hospital_id, vehicle_id, created_at, closed_at";

    public async Task<RecordPage> SearchAsync(RecordQuery q, RecordScope scope, CancellationToken ct)
    {
        var where = new StringBuilder("TRUE");
        var p = new DynamicParameters();
        void Add(string clause, string name, object? value)
        {
            if (value is null || value is string { Length: 0 }) return;
            where.Append(" AND ").Append(clause);
            p.Add(name, value);
        }
        if (!scope.Everything)
        {
            if (scope.FacilityId is not null) Add("facility_id = @scopeFacility", "scopeFacility", scope.FacilityId);
            if (scope.HospitalId is not null) Add("hospital_id = @scopeHospital", "scopeHospital", scope.HospitalId);
        }
        Add("upper(replace(coalesce(number, id), '-', '')) LIKE @number", "number", Contains(q.Number?.Replace("-", "").ToUpperInvariant()));
        Add("patient_line ILIKE @patient", "patient", Contains(q.Patient));
        Add("caller_phone LIKE @phone", "phone", Contains(q.Phone));
        Add("kind = @kind", "kind", q.Kind);
        Add("facility_id = @facility", "facility", q.FacilityId);
        Add("hospital_id = @hospital", "hospital", q.HospitalId);
        Add("vehicle_id = @vehicle", "vehicle", q.VehicleId);
        Add("state = @state", "state", q.State);
        Add("priority = @priority", "priority", q.Priority);
        Add("created_at >= @from", "from", q.From?.ToUniversalTime());
        Add("created_at < @to", "to", q.To?.ToUniversalTime());

        var order = (q.Sort ?? "-created") switch
        {
            "created" => "created_at ASC, id ASC",
            "closed" => "closed_at ASC NULLS LAST, id ASC",
            "-closed" => "closed_at DESC NULLS LAST, id DESC",
            "priority" => "priority ASC NULLS LAST, created_at DESC, id DESC",
            "-priority" => "priority DESC NULLS LAST, created_at DESC, id DESC",
            "number" => "coalesce(number, id) ASC",
            "-number" => "coalesce(number, id) DESC",
            _ => "created_at DESC, id DESC",
        };
        p.Add("limit", q.PageSizeOrDefault);
        p.Add("offset", (q.PageOrFirst - 1) * q.PageSizeOrDefault);
        p.Add("cap", RecordPage.TotalCap + 1);
        var sql = $"""
            SELECT {Columns} FROM record_cases WHERE {where} ORDER BY {order} LIMIT @limit OFFSET @offset;
            SELECT count(*) FROM (SELECT 1 FROM record_cases WHERE {where} LIMIT @cap) capped;
            """;
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var results = await conn.QueryMultipleAsync(new CommandDefinition(sql, p, cancellationToken: ct));
        var rows = (await results.ReadAsync<Row>()).ToList();
        var total = await results.ReadSingleAsync<long>();
        return new RecordPage(q.PageOrFirst, q.PageSizeOrDefault, Math.Min(total, RecordPage.TotalCap), total > RecordPage.TotalCap,
            rows.Select(r => new RecordSummary(r.id, r.kind, r.number, r.state, r.final, r.priority, r.patient_line, Mask(r.caller_phone),
                r.facility_id, r.hospital_id, r.vehicle_id, Utc(r.created_at), r.closed_at is { } c ? Utc(c) : null)).ToList());
    }

    private static string? Contains(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";

    /// <summary>138****0001: enough to tell calls apart in a list, not enough to call back from it.</summary>
    public static string? Mask(string? phone) =>
        phone is null ? null : phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

#pragma warning disable IDE1006 // Dapper maps the snake_case columns by name.
    private sealed record Row(string id, string kind, string? number, string state, bool final, int? priority, string? patient_line,
        string? caller_phone, string? facility_id, string? hospital_id, string? vehicle_id, DateTime created_at, DateTime? closed_at);
#pragma warning restore IDE1006
}
