using Dapper;
using Dispatch.Server.Records.Search;
using Npgsql;

namespace Dispatch.Server.Records.Reports;

/// <summary>Builds the fixed-layout daily summary from the period report and two counts of its own.</summary>
public sealed class DailySummaries(NpgsqlDataSource db, ShiftReports reports)
{
    public static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    public static (DateTimeOffset From, DateTimeOffset To) Day(DateOnly date)
    {
        var from = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), ChinaTime);
        return (from, from.AddDays(1));
    }

    public async Task<DailySummary> BuildAsync(DateOnly date, CancellationToken ct)
    {
        var (from, to) = Day(date);
        var r = await reports.BuildAsync(from, to, new RecordScope(null, null, true), ct);
        await using var conn = await db.OpenConnectionAsync(ct);
        var p = new { From = from.ToUniversalTime(), To = to.ToUniversalTime() };
        var red = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT count(*) FROM record_cases WHERE kind = 'referral' AND created_at >= @From AND created_at < @To
              AND snapshot->'request'->'patient'->>'tier' = 'red'
            """, p, cancellationToken: ct));
        // "Nothing left overnight": cases that came in that day and were still running when it ended.
        var overnight = await conn.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT count(*) FROM record_cases WHERE created_at >= @From AND created_at < @To
              AND (closed_at IS NULL OR closed_at >= @To)
            """, p, cancellationToken: ct));
        long Count(IEnumerable<Tally> tallies, params string[] states) => tallies.Where(t => states.Contains(t.Key)).Sum(t => t.Count);
        return new DailySummary(
            date.ToString("yyyy-MM-dd"),
            r.CallsByOutcome.Sum(t => t.Count) + r.TransportsByOutcome.Sum(t => t.Count),
            Count(r.CallsByOutcome, "Completed"),
            Count(r.CallsByOutcome, "Cancelled"),
            r.TransportsByOutcome.Sum(t => t.Count),
            r.Departures,
            r.DepartureWithin3MinutesRate,
            r.ResponseTime.P50Seconds, r.ResponseTime.P90Seconds,
            r.ReferralsByOutcome.Sum(t => t.Count),
            Count(r.ReferralsByOutcome, "HandedOver"),
            Count(r.ReferralsByOutcome, "Cancelled"),
            Count(r.ReferralsByOutcome, "Failed"),
            red,
            r.RequestToAcceptance.P50Seconds, r.RequestToAcceptance.P90Seconds,
            r.Escalations.Count,
            r.Escalations.ResolvedAs.Where(t => t.Key is "HandedOver" or "Cancelled" or "Failed").Sum(t => t.Count),
            overnight,
            r.ReferralsByHospital,
            r.DeclinesByReason);
    }

    /// <summary>The summary as one two-column sheet in a fixed order, the way it is sent upward.</summary>
    public static IEnumerable<Dictionary<string, object?>> Rows(DailySummary d, string? lang)
    {
        var zh = lang is null || lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        Dictionary<string, object?> Row(string zhName, string enName, object? value) =>
            new() { [zh ? "项目" : "Item"] = zh ? zhName : enName, [zh ? "数值" : "Value"] = value };
        yield return Row("日期", "Date", d.Date);
        yield return Row("受理呼救及转运总数", "Calls and transports received", d.CallsReceived);
        yield return Row("120急救完成", "Emergency calls completed", d.EmergencyCallsCompleted);
        yield return Row("120急救取消", "Emergency calls cancelled", d.EmergencyCallsCancelled);
        yield return Row("非急救转运", "Non-emergency transports", d.TransportsReceived);
        yield return Row("出车次数", "Departures", d.Departures);
        yield return Row("3分钟内出车率", "Departed within 3 minutes", d.DepartureWithin3MinutesRate);
        yield return Row("平均反应时间P50（秒）", "Response time p50 (s)", d.ResponseP50Seconds);
        yield return Row("反应时间P90（秒）", "Response time p90 (s)", d.ResponseP90Seconds);
        yield return Row("绿色通道转诊申请", "Green-channel referrals requested", d.ReferralsRequested);
        yield return Row("转诊完成交接", "Referrals handed over", d.ReferralsHandedOver);
        yield return Row("转诊取消", "Referrals cancelled", d.ReferralsCancelled);
        yield return Row("转诊失败", "Referrals failed", d.ReferralsFailed);
        yield return Row("红色（高风险）人员转诊", "Red-tier referrals", d.RedTierReferrals);
        yield return Row("申请至接收P50（秒）", "Request to acceptance p50 (s)", d.RequestToAcceptanceP50Seconds);
        yield return Row("申请至接收P90（秒）", "Request to acceptance p90 (s)", d.RequestToAcceptanceP90Seconds);
        yield return Row("升级处置", "Escalations", d.Escalations);
        yield return Row("升级已办结", "Escalations resolved", d.EscalationsResolved);
        yield return Row("跨夜未办结", "Carried overnight", d.CarriedOvernight);
    }
}
