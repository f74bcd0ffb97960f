using System.Text.Json.Nodes;
using Dapper;
using Dispatch.Server.Facilities;
using Dispatch.Server.Records.Search;
using Dispatch.Server.Records.Tracks;
using Npgsql;

namespace Dispatch.Server.Records.Cases;

/// <summary>Reads one case, its timeline and its track from the record, for a reader allowed to see it.</summary>
public sealed class CaseReader(NpgsqlDataSource db, FacilityRegistry facilities)
{
    private sealed record CaseRow(string Id, string Kind, string? Number, string State, bool Final, int? Priority, string? PatientLine,
        string? CallerPhone, string? FacilityId, string? HospitalId, string? VehicleId, DateTime CreatedAt, DateTime? ClosedAt, string Snapshot);

    private sealed record TransitionRow(string StreamId, string Action, string Actor, string Role, DateTime At, string FromState, string ToState, string? Reason);

    private sealed record PointRow(string VehicleId, DateTime At, double Lon, double Lat, float? SpeedKmh, float? HeadingDeg);

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));

    /// <returns>null when there is no such case, or the scope does not reach it (the two look the same to the reader).</returns>
    public async Task<CaseRecord?> FindAsync(string id, RecordScope scope, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var row = await conn.QuerySingleOrDefaultAsync<CaseRow>(new CommandDefinition("""
            SELECT id, kind, number, state, final, priority, patient_line AS PatientLine, caller_phone AS CallerPhone,
                   facility_id AS FacilityId, hospital_id AS HospitalId, vehicle_id AS VehicleId, created_at AS CreatedAt,
                   closed_at AS ClosedAt, snapshot::text AS Snapshot
            FROM record_cases WHERE id = @id
            """, new { id }, cancellationToken: ct));
        if (row is null || !scope.Allows(row.FacilityId, row.HospitalId)) return null;
        var transitions = await conn.QueryAsync<TransitionRow>(new CommandDefinition("""
            SELECT stream_id AS StreamId, action, actor, role, at, from_state AS FromState, to_state AS ToState, reason
            FROM record_transitions WHERE case_id = @id ORDER BY at, stream_id
            """, new { id }, cancellationToken: ct));
        var snapshot = JsonNode.Parse(row.Snapshot)!;
        var (from, to) = Ends(row, snapshot);
        return new CaseRecord(
            new RecordSummary(row.Id, row.Kind, row.Number, row.State, row.Final, row.Priority, row.PatientLine, RecordSearch.Mask(row.CallerPhone),
                row.FacilityId, row.HospitalId, row.VehicleId, Utc(row.CreatedAt), row.ClosedAt is { } c ? Utc(c) : null),
            row.CallerPhone,
            transitions.Select(t => new TimelineEntry(t.StreamId, t.Action, t.Actor, t.Role, Utc(t.At), t.FromState, t.ToState, t.Reason)).ToList(),
            from, to, snapshot);
    }

    public async Task<CaseTrack> TrackAsync(string id, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var points = await conn.QueryAsync<PointRow>(new CommandDefinition("""
            SELECT vehicle_id AS VehicleId, at, lon, lat, speed_kmh AS SpeedKmh, heading_deg AS HeadingDeg
            FROM mission_positions WHERE case_id = @id ORDER BY at LIMIT 20000
            """, new { id }, cancellationToken: ct));
        return new CaseTrack(id, points.Select(p => new TrackPoint(p.VehicleId, Utc(p.At), p.Lon, p.Lat, p.SpeedKmh, p.HeadingDeg)).ToList());
    }

    /// <summary>Where the patient was picked up and where they were taken, when the record knows.</summary>
    private (MapPoint? From, MapPoint? To) Ends(CaseRow row, JsonNode snapshot)
    {
        MapPoint? Hospital(string? id) => id is not null && facilities.FindHospital(id) is { } h ? new MapPoint(h.Lon, h.Lat) : null;
        if (row.Kind == Projection.RecordKinds.Referral)
        {
            MapPoint? origin = snapshot["origin"] is JsonObject o && o["lon"] is JsonValue lon && o["lat"] is JsonValue lat
                ? new MapPoint(lon.GetValue<double>(), lat.GetValue<double>())
                : row.FacilityId is not null && facilities.FindGrassroots(row.FacilityId) is { } g ? new MapPoint(g.Lon, g.Lat) : null;
            return (origin, Hospital(row.HospitalId));
        }
        MapPoint? scene = snapshot["location"] is JsonObject l && l["lon"] is JsonValue x && l["lat"] is JsonValue y
            ? new MapPoint(x.GetValue<double>(), y.GetValue<double>()) : null;
        return (scene, Hospital(row.HospitalId));
    }
}
