using Dapper;
using Dispatch.Server.Records.Search;
using Npgsql;

namespace Dispatch.Server.Records.Reports;

/// <summary>Builds shift and period reports from the record with a handful of aggregate queries.</summary>
public sealed class ShiftReports(NpgsqlDataSource db)
{
    // EMS intervals from each case's own timestamps: calls keep them under "timestamps", referrals under "timeline".
    private const string Departure = """
        SELECT extract(epoch FROM (coalesce(snapshot->'timestamps'->>'enRoute', snapshot->'timeline'->>'enRouteAt')::timestamptz
                                 - coalesce(snapshot->'timestamps'->>'dispatched', snapshot->'timeline'->>'unitNotifiedAt')::timestamptz))
        FROM record_cases WHERE created_at >= @From AND created_at < @To {0}
          AND coalesce(snapshot->'timestamps'->>'enRoute', snapshot->'timeline'->>'enRouteAt') IS NOT NULL
          AND coalesce(snapshot->'timestamps'->>'dispatched', snapshot->'timeline'->>'unitNotifiedAt') IS NOT NULL
        """;

    public async Task<ShiftReport> BuildAsync(DateTimeOffset from, DateTimeOffset to, RecordScope scope, CancellationToken ct)
    {
        var p = new DynamicParameters(new { From = from.ToUniversalTime(), To = to.ToUniversalTime() });
        var scoped = "";
        if (!scope.Everything)
        {
            scoped = scope.FacilityId is not null ? " AND facility_id = @ScopeFacility" : " AND hospital_id = @ScopeHospital";
            p.Add("ScopeFacility", scope.FacilityId);
            p.Add("ScopeHospital", scope.HospitalId);
        }
        var window = $"created_at >= @From AND created_at < @To{scoped}";
        await using var conn = await db.OpenConnectionAsync(ct);
        CommandDefinition Q(string sql) => new(sql, p, cancellationToken: ct);

        var outcomes = (await conn.QueryAsync<(string Kind, string State, long Count)>(Q(
            $"SELECT kind, state, count(*) FROM record_cases WHERE {window} GROUP BY kind, state ORDER BY kind, count(*) DESC, state"))).ToList();
        List<Tally> Of(string kind) => outcomes.Where(o => o.Kind == kind).Select(o => new Tally(o.State, o.Count)).ToList();

        var departures = (await conn.QueryAsync<double>(Q(string.Format(Departure, scoped)))).ToList();
        var within3 = departures.Count(s => s <= 180);

        var response = await SpreadAsync(conn, Q($"""
            SELECT extract(epoch FROM ((snapshot->'timestamps'->>'onScene')::timestamptz - (snapshot->'timestamps'->>'received')::timestamptz))
            FROM record_cases WHERE {window} AND kind = 'call' AND snapshot->'timestamps'->>'onScene' IS NOT NULL
            """));
        var acceptance = await SpreadAsync(conn, Q($"""
            SELECT extract(epoch FROM ((snapshot->'timeline'->>'acceptedAt')::timestamptz - (snapshot->'timeline'->>'requestedAt')::timestamptz))
            FROM record_cases WHERE {window} AND kind = 'referral'
              AND snapshot->'timeline'->>'acceptedAt' IS NOT NULL AND snapshot->'timeline'->>'requestedAt' IS NOT NULL
            """));

        var escalated = (await conn.QueryAsync<(string State, long Count)>(Q($"""
            SELECT c.state, count(*) FROM record_cases c
            WHERE {window} AND c.kind = 'referral'
              AND EXISTS (SELECT 1 FROM record_transitions t WHERE t.case_id = c.id AND t.to_state = 'Escalated')
            GROUP BY c.state ORDER BY count(*) DESC
            """))).ToList();

        var byHospital = (await conn.QueryAsync<(string Hospital, string State, long Count)>(Q($"""
            SELECT coalesce(hospital_id, '-'), state, count(*) FROM record_cases
            WHERE {window} AND kind = 'referral' GROUP BY 1, 2 ORDER BY 1, 3 DESC
            """))).GroupBy(r => r.Hospital)
            .Select(g => new HospitalOutcomes(g.Key, g.Sum(r => r.Count), g.Select(r => new Tally(r.State, r.Count)).ToList()))
            .OrderByDescending(h => h.Total).ToList();

        var declines = (await conn.QueryAsync<(string Reason, long Count)>(Q($"""
            SELECT coalesce(nullif(t.reason, ''), '-'), count(*) FROM record_transitions t JOIN record_cases c ON c.id = t.case_id
            WHERE {window.Replace("created_at", "c.created_at").Replace("facility_id", "c.facility_id").Replace("hospital_id", "c.hospital_id")}
              AND t.action = 'Decline'
            GROUP BY 1 ORDER BY 2 DESC
            """))).Select(r => new Tally(r.Reason, r.Count)).ToList();

        return new ShiftReport(from, to, Of("call"), Of("transport"), Of("referral"),
            departures.Count, within3, departures.Count == 0 ? null : Math.Round((double)within3 / departures.Count, 4),
            response, acceptance,
            new Escalations(escalated.Sum(e => e.Count), escalated.Select(e => new Tally(e.State, e.Count)).ToList()),
            byHospital, declines);
    }

    private static async Task<Spread> SpreadAsync(NpgsqlConnection conn, CommandDefinition query)
    {
        var values = (await conn.QueryAsync<double>(query)).Order().ToList();
        return values.Count == 0 ? new Spread(0, null, null) : new Spread(values.Count, Percentile(values, 0.5), Percentile(values, 0.9));
    }

    /// <summary>Linear interpolation between the closest ranks, as PostgreSQL's percentile_cont does.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double q)
    {
        var rank = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return Math.Round(sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo), 1);
    }
}
