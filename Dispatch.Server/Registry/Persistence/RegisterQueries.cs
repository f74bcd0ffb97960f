using Dapper;
using Dispatch.Server.Referrals.Requests;
using Dispatch.Server.Registry.People;

namespace Dispatch.Server.Registry.Persistence;

/// <summary>The register's reads. Every one is bounded to a facility and backed by an index (see 0100_register.sql).</summary>
public sealed class RegisterQueries(RegisterDb db, TimeProvider clock)
{
    public sealed record Page(IReadOnlyList<PersonRow> Items, long Total);

    public async Task<Page> ListAsync(string facilityId, RegisterFilter f, CancellationToken ct)
    {
        var where = new List<string> { "facility_id = @facilityId" };
        if (f.Tier is { } tier) where.Add("tier = @tier");
        if (!string.IsNullOrWhiteSpace(f.Team)) where.Add("team = @team");
        if (f.Overdue == true) where.Add("due_at < @now");
        if (f.Overdue == false) where.Add("(due_at IS NULL OR due_at >= @now)");
        if (f.Infected is { } infected) where.Add("infected = @infected");
        var search = f.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
            where.Add(search.All(char.IsAsciiDigit) ? "phone LIKE @suffix" : "(name LIKE @prefix OR village LIKE @prefix)");
        var args = new
        {
            facilityId, tier = f.Tier is { } t ? Codes.Of(t) : null, team = f.Team, now = clock.GetUtcNow().UtcDateTime, infected = f.Infected,
            suffix = "%" + Escape(search), prefix = Escape(search) + "%", limit = f.PageSize, offset = f.Page * f.PageSize,
        };
        var sql = string.Join(" AND ", where);
        await using var connection = await db.OpenAsync(ct);
        var items = (await connection.QueryAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonStore.Columns} FROM register_person WHERE {sql} ORDER BY name, id LIMIT @limit OFFSET @offset", args, cancellationToken: ct))).ToList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM register_person WHERE {sql}", args, cancellationToken: ct));
        return new Page(items, total);
    }

    /// <summary>People whose cadence has fallen short, the latest first; one team's or the whole facility's.</summary>
    public async Task<IReadOnlyList<PersonRow>> OverdueAsync(string facilityId, string? team, int limit, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var teamClause = string.IsNullOrWhiteSpace(team) ? "" : "AND team = @team";
        return (await connection.QueryAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonStore.Columns} FROM register_person WHERE facility_id = @facilityId {teamClause} AND due_at < @now ORDER BY due_at LIMIT @limit",
            new { facilityId, team, now = clock.GetUtcNow().UtcDateTime, limit }, cancellationToken: ct))).ToList();
    }

    public async Task<PersonRow?> GetAsync(string facilityId, Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonStore.Columns}, version FROM register_person WHERE id = @id AND facility_id = @facilityId", new { id, facilityId }, cancellationToken: ct));
    }

    /// <summary>Reads a person by id alone: only for callers that have already proven they may see this person (through a referral).</summary>
    public async Task<PersonRow?> GetByIdAsync(Guid id, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonStore.Columns}, version FROM register_person WHERE id = @id", new { id }, cancellationToken: ct));
    }

    public sealed record MapPoint(Guid Id, string Name, Tier Tier, double Lon, double Lat, bool Infected, bool Overdue);

    private sealed record MapPointRow(Guid Id, string Name, string Tier, double Lon, double Lat, bool Infected, bool Overdue);

    public async Task<IReadOnlyList<MapPoint>> MapAsync(string facilityId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<MapPointRow>(new CommandDefinition(
            "SELECT id, name, tier, lon, lat, infected, coalesce(due_at < @now, false) AS overdue FROM register_person WHERE facility_id = @facilityId",
            new { facilityId, now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct)))
            .Select(r => new MapPoint(r.Id, r.Name, Codes.Parse<Tier>(r.Tier), r.Lon, r.Lat, r.Infected, r.Overdue)).ToList();
    }

    public async Task<IReadOnlyList<string>> TeamsAsync(string facilityId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        // A loose index scan: one index probe per team instead of reading every person.
        return (await connection.QueryAsync<string>(new CommandDefinition("""
            WITH RECURSIVE t AS (
              (SELECT team FROM register_person WHERE facility_id = @facilityId ORDER BY team LIMIT 1)
              UNION ALL
              SELECT (SELECT team FROM register_person WHERE facility_id = @facilityId AND team > t.team ORDER BY team LIMIT 1) FROM t WHERE t.team IS NOT NULL)
            SELECT team FROM t WHERE team IS NOT NULL
            """, new { facilityId }, cancellationToken: ct))).ToList();
    }

    public sealed record ComplianceRow(string Team, Tier Tier, long People, long Overdue, long ContactsThisWeek);

    private sealed record ComplianceRowData(string Team, string Tier, long People, long Overdue, long ContactsThisWeek);

    /// <summary>Per team and tier: people under a cadence, how many are overdue now, and contacts since Monday (China time).</summary>
    public async Task<IReadOnlyList<ComplianceRow>> ComplianceAsync(string facilityId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var china = now.ToOffset(TimeSpan.FromHours(8));
        var monday = new DateTimeOffset(china.Date.AddDays(-(((int)china.DayOfWeek + 6) % 7)), TimeSpan.FromHours(8)).UtcDateTime;
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<ComplianceRowData>(new CommandDefinition("""
            SELECT p.team, p.tier, count(*) AS people, count(*) FILTER (WHERE p.due_at < @now) AS overdue,
                   coalesce(sum(c.n), 0)::bigint AS contacts_this_week
            FROM register_person p
            LEFT JOIN LATERAL (SELECT count(*) AS n FROM register_contact c WHERE c.person_id = p.id AND c.at >= @monday) c ON true
            WHERE p.facility_id = @facilityId AND p.due_at IS NOT NULL
            GROUP BY p.team, p.tier ORDER BY p.team, p.tier
            """, new { facilityId, now = now.UtcDateTime, monday }, cancellationToken: ct)))
            .Select(r => new ComplianceRow(r.Team, Codes.Parse<Tier>(r.Tier), r.People, r.Overdue, r.ContactsThisWeek)).ToList();
    }

    public sealed record FacilityCount(string FacilityId, Tier Tier, long People, long Overdue, long Infected);

    private sealed record FacilityCountRow(string FacilityId, string Tier, long People, long Overdue, long Infected);

    /// <summary>For the admin: how many people per facility and tier, never who.</summary>
    public async Task<IReadOnlyList<FacilityCount>> CountsAsync(CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<FacilityCountRow>(new CommandDefinition("""
            SELECT facility_id, tier, count(*) AS people, count(*) FILTER (WHERE due_at < @now) AS overdue, count(*) FILTER (WHERE infected) AS infected
            FROM register_person GROUP BY facility_id, tier ORDER BY facility_id, tier
            """, new { now = clock.GetUtcNow().UtcDateTime }, cancellationToken: ct)))
            .Select(r => new FacilityCount(r.FacilityId, Codes.Parse<Tier>(r.Tier), r.People, r.Overdue, r.Infected)).ToList();
    }

    public sealed record TierChange(DateTime At, string ByUser, Tier? FromTier, Tier ToTier, string Reason, bool Overridden);

    private sealed record TierChangeRow(DateTime At, string ByUser, string? FromTier, string ToTier, string Reason, bool Overridden);

    public async Task<IReadOnlyList<TierChange>> TierHistoryAsync(Guid personId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<TierChangeRow>(new CommandDefinition(
            "SELECT at, by_user, from_tier, to_tier, reason, overridden FROM register_tier_change WHERE person_id = @personId ORDER BY at, id",
            new { personId }, cancellationToken: ct)))
            .Select(r => new TierChange(r.At, r.ByUser, r.FromTier is null ? null : Codes.Parse<Tier>(r.FromTier), Codes.Parse<Tier>(r.ToTier), r.Reason, r.Overridden))
            .ToList();
    }

    /// <summary>A step of a referral raised for the person; the state is the contract's enum (stored as the member's name, "Accepted").</summary>
    public sealed record ReferralEvent(string ReferralId, long Version, DateTime At, Dispatch.Server.Referrals.Lifecycle.ReferralState State, string? HospitalId, string? Reason);

    private sealed record ReferralEventRow(string ReferralId, long Version, DateTime At, string State, string? HospitalId, string? Reason);

    public async Task<IReadOnlyList<ReferralEvent>> ReferralsAsync(Guid personId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return (await connection.QueryAsync<ReferralEventRow>(new CommandDefinition(
            "SELECT referral_id, version, at, state, hospital_id, reason FROM register_referral_event WHERE person_id = @personId ORDER BY at, version",
            new { personId }, cancellationToken: ct)))
            .Select(r => new ReferralEvent(r.ReferralId, r.Version, r.At, Enum.Parse<Dispatch.Server.Referrals.Lifecycle.ReferralState>(r.State, ignoreCase: true), r.HospitalId, r.Reason))
            .ToList();
    }

    private static string Escape(string? text) => (text ?? "").Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
