using System.Globalization;
using Dapper;
using Dispatch.Server.Registry.Import;
using Dispatch.Server.Registry.People;
using Dispatch.Server.Registry.Persistence;
using MiniExcelLibs;

namespace Dispatch.Server.Registry.Export;

/// <summary>
/// The facility's register and its contacts as spreadsheets, in the ledger's own Chinese headings so an export can be
/// imported again. ID numbers are not kept, so only their last four characters go out; every export is audited.
/// </summary>
public sealed class LedgerExport(RegisterDb db, RegisterAudit audit)
{
    public async Task WriteRegisterAsync(RegisterActor actor, LedgerFormat format, Stream output, CancellationToken ct)
    {
        await audit.WriteAsync(actor, RegisterAudit.ExportRegister, null, Codes.Of(format));
        await using var connection = await db.OpenAsync(ct);
        var people = await connection.QueryAsync<PersonRow>(new CommandDefinition(
            $"SELECT {PersonStore.Columns} FROM register_person WHERE facility_id = @facility ORDER BY name, id", new { facility = actor.FacilityId },
            cancellationToken: ct, flags: CommandFlags.None));
        var rows = people.Select(p => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["姓名"] = p.Name,
            ["性别"] = p.Sex switch { "male" => "男", "female" => "女", _ => "未知" },
            ["出生日期"] = p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["联系电话"] = p.Phone,
            ["身份证号"] = Privacy.Mask.IdCard(p.IdLast4) ?? "",
            ["村（社区）"] = p.Village,
            ["经度"] = p.Lon,
            ["纬度"] = p.Lat,
            ["人群类别"] = string.Join("、", p.Categories.Select(c => LedgerValues.ChineseName(Codes.Parse<Category>(c)))),
            ["风险等级"] = p.Tier switch { "red" => "红", "yellow" => "黄", _ => "绿" },
            ["分级理由"] = p.TierReason,
            ["包保团队"] = p.Team,
            ["家庭医生"] = p.FamilyDoctor,
            ["健康包发放日期"] = p.HealthPackAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["血氧仪发放日期"] = p.OximeterAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["已告知24小时电话"] = p.ToldHotline ? "是" : "否",
            ["演示数据"] = p.Invented ? "虚构" : "",
        });
        await SaveAsync(output, rows, format, ct);
    }

    public async Task WriteContactsAsync(RegisterActor actor, DateTimeOffset from, DateTimeOffset to, LedgerFormat format, Stream output, CancellationToken ct)
    {
        await audit.WriteAsync(actor, RegisterAudit.ExportContacts, null, $"{Codes.Of(format)} {from:O}..{to:O}");
        await using var connection = await db.OpenAsync(ct);
        var china = TimeSpan.FromHours(8);
        var contacts = await connection.QueryAsync<(DateTime At, string Name, string Team, string Channel, string ByUser, string Infection, DateTime? InfectionDate,
            string[] Symptoms, decimal? Temperature, int? Spo2, int? HeartRate, string Advice)>(new CommandDefinition("""
            SELECT c.at, p.name, p.team, c.channel, c.by_user, c.infection, c.infection_date, c.symptoms, c.temperature, c.spo2, c.heart_rate, c.advice
            FROM register_contact c JOIN register_person p ON p.id = c.person_id
            WHERE c.facility_id = @facility AND c.at >= @from AND c.at < @to ORDER BY c.at
            """, new { facility = actor.FacilityId, from = from.UtcDateTime, to = to.UtcDateTime }, cancellationToken: ct));
        var rows = contacts.Select(c => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["时间"] = new DateTimeOffset(DateTime.SpecifyKind(c.At, DateTimeKind.Utc)).ToOffset(china).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["姓名"] = c.Name,
            ["包保团队"] = c.Team,
            ["方式"] = ExportLabels.Of(c.Channel),
            ["记录人"] = c.ByUser,
            ["感染情况"] = ExportLabels.Of(c.Infection),
            ["阳性日期"] = c.InfectionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["症状"] = string.Join("、", c.Symptoms.Select(ExportLabels.Of)),
            ["体温"] = c.Temperature,
            ["血氧饱和度"] = c.Spo2,
            ["心率"] = c.HeartRate,
            ["处理意见"] = ExportLabels.Of(c.Advice),
        });
        await SaveAsync(output, rows, format, ct);
    }

    private static async Task SaveAsync(Stream output, IEnumerable<IDictionary<string, object?>> rows, LedgerFormat format, CancellationToken ct)
    {
        // MiniExcel writes XLSX to a seekable stream; buffer it, then send it.
        using var buffer = new MemoryStream();
        await MiniExcel.SaveAsAsync(buffer, rows, excelType: format == LedgerFormat.Xlsx ? ExcelType.XLSX : ExcelType.CSV, cancellationToken: ct);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }
}
