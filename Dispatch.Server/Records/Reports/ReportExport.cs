using System.Globalization;
using Dispatch.Server.Records.Search;
using MiniExcelLibs;

namespace Dispatch.Server.Records.Reports;

/// <summary>
/// Writes a period's report as a spreadsheet (a summary sheet, every case, referrals by hospital, declines by
/// reason) or its cases as CSV. Column headings follow the reader's language; times are China Standard Time.
/// </summary>
public static class ReportExport
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    private static bool Zh(string? lang) => lang is null || lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Time(DateTimeOffset? t) => t is { } v ? v.ToOffset(ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "";

    public static IEnumerable<Dictionary<string, object?>> CaseRows(IEnumerable<RecordSummary> cases, string? lang)
    {
        var zh = Zh(lang);
        foreach (var c in cases)
            yield return new Dictionary<string, object?>
            {
                [zh ? "编号" : "Number"] = c.Number ?? c.Id,
                [zh ? "类型" : "Kind"] = zh ? c.Kind switch { "call" => "120呼救", "transport" => "非急救转运", _ => "绿色通道转诊" } : c.Kind,
                [zh ? "状态" : "State"] = c.State,
                [zh ? "优先级" : "Priority"] = c.Priority,
                [zh ? "患者" : "Patient"] = c.PatientLine,
                [zh ? "来电号码" : "Caller phone"] = c.CallerPhone,
                [zh ? "机构" : "Facility"] = c.FacilityId,
                [zh ? "医院" : "Hospital"] = c.HospitalId,
                [zh ? "车辆" : "Vehicle"] = c.VehicleId,
                [zh ? "受理时间" : "Received"] = Time(c.CreatedAt),
                [zh ? "结束时间" : "Closed"] = Time(c.ClosedAt),
            };
    }

    public static IEnumerable<Dictionary<string, object?>> SummaryRows(ShiftReport r, string? lang)
    {
        var zh = Zh(lang);
        Dictionary<string, object?> Row(string zhName, string enName, object? value) =>
            new() { [zh ? "指标" : "Measure"] = zh ? zhName : enName, [zh ? "数值" : "Value"] = value };
        yield return Row("起始时间", "From", Time(r.From));
        yield return Row("截止时间", "To", Time(r.To));
        foreach (var t in r.CallsByOutcome) yield return Row($"120呼救·{t.Key}", $"Calls · {t.Key}", t.Count);
        foreach (var t in r.TransportsByOutcome) yield return Row($"非急救转运·{t.Key}", $"Transports · {t.Key}", t.Count);
        foreach (var t in r.ReferralsByOutcome) yield return Row($"转诊·{t.Key}", $"Referrals · {t.Key}", t.Count);
        yield return Row("出车次数", "Departures", r.Departures);
        yield return Row("3分钟内出车率", "Departed within 3 min", r.DepartureWithin3MinutesRate);
        yield return Row("反应时间P50（秒）", "Response time p50 (s)", r.ResponseTime.P50Seconds);
        yield return Row("反应时间P90（秒）", "Response time p90 (s)", r.ResponseTime.P90Seconds);
        yield return Row("申请至接收P50（秒）", "Request to acceptance p50 (s)", r.RequestToAcceptance.P50Seconds);
        yield return Row("申请至接收P90（秒）", "Request to acceptance p90 (s)", r.RequestToAcceptance.P90Seconds);
        yield return Row("升级次数", "Escalations", r.Escalations.Count);
        foreach (var t in r.Escalations.ResolvedAs) yield return Row($"升级结果·{t.Key}", $"Escalation ended · {t.Key}", t.Count);
    }

    public static byte[] Xlsx(ShiftReport report, IReadOnlyList<RecordSummary> cases, string? lang)
    {
        var zh = Zh(lang);
        var sheets = new Dictionary<string, object>
        {
            [zh ? "汇总" : "Summary"] = SummaryRows(report, lang).ToList(),
            [zh ? "案件" : "Cases"] = CaseRows(cases, lang).ToList(),
            [zh ? "按医院" : "By hospital"] = report.ReferralsByHospital.SelectMany(h => h.ByOutcome.Select(o => new Dictionary<string, object?>
            {
                [zh ? "医院" : "Hospital"] = h.HospitalId, [zh ? "结果" : "Outcome"] = o.Key, [zh ? "数量" : "Count"] = o.Count,
            })).DefaultIfEmpty(new Dictionary<string, object?> { [zh ? "医院" : "Hospital"] = null, [zh ? "结果" : "Outcome"] = null, [zh ? "数量" : "Count"] = null }).ToList(),
            [zh ? "拒收原因" : "Declines"] = report.DeclinesByReason.Select(d => new Dictionary<string, object?>
            {
                [zh ? "原因" : "Reason"] = d.Key, [zh ? "数量" : "Count"] = d.Count,
            }).DefaultIfEmpty(new Dictionary<string, object?> { [zh ? "原因" : "Reason"] = null, [zh ? "数量" : "Count"] = null }).ToList(),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<RecordSummary> cases, string? lang)
    {
        using var stream = new MemoryStream();
        // A byte-order mark, so a spreadsheet opening the file reads the Chinese as UTF-8.
        stream.Write("\uFEFF"u8);
        stream.SaveAs(CaseRows(cases, lang).ToList(), excelType: ExcelType.CSV);
        return stream.ToArray();
    }
}
